package org.mptcplab.engine.wire;

import java.util.List;

/**
 * REMOVE_ADDR (RFC 8684 §3.4.2): {@code 1e (3+n) 40 | id...}, n >= 1. Wireshark:
 * {@code tcp.options.mptcp.addrid}.
 *
 * @param addressIds the removed address ids, each 0..255, in wire order (copied immutably)
 */
public record RemoveAddr(List<Integer> addressIds) implements MptcpOption {
    /** Validates and copies the ids. */
    public RemoveAddr {
        Check.notNull("addressIds", addressIds);
        addressIds = List.copyOf(addressIds);
        Check.range("REMOVE_ADDR id count", addressIds.size(), 1, 0xFF - MptcpConstants.LEN_REMOVE_ADDR_BASE);
        for (int id : addressIds) {
            Check.range("addressId", id, 0, 0xFF);
        }
    }

    /** Convenience for literal ids. */
    public static RemoveAddr of(Integer... ids) {
        return new RemoveAddr(List.of(ids));
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_REMOVE_ADDR;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_REMOVE_ADDR_BASE + addressIds.size();
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), 0));
        for (int id : addressIds) {
            out.u8(id);
        }
    }
}
