package org.mptcplab.engine.wire;

import java.util.List;

/**
 * Selective acknowledgment (RFC 2018 §3, kind 5, length 2 + 8n), 1 to 4 blocks (4 fill the
 * 40-byte option space; with timestamps only 3 fit).
 *
 * @param blocks the blocks in wire order, copied immutably
 */
public record Sack(List<SackBlock> blocks) implements TcpOption {
    /** Validates and copies the blocks. */
    public Sack {
        Check.notNull("blocks", blocks);
        blocks = List.copyOf(blocks);
        Check.range("SACK block count", blocks.size(), 1, TcpConstants.MAX_SACK_BLOCKS);
    }

    /** Convenience for literal block lists. */
    public static Sack of(SackBlock... blocks) {
        return new Sack(List.of(blocks));
    }

    @Override
    public int kind() {
        return TcpConstants.KIND_SACK;
    }

    @Override
    public int length() {
        return TcpConstants.LEN_SACK_BASE + TcpConstants.LEN_SACK_BLOCK * blocks.size();
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length());
        for (SackBlock block : blocks) {
            out.u32(block.left()).u32(block.right());
        }
    }
}
