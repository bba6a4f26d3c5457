package org.mptcplab.engine.wire;

/**
 * MP_FASTCLOSE (RFC 8684 §3.5): {@code 1e 0c 70 00 | receiver's key (8)}; in v1 sent on a RST.
 * Wireshark: {@code tcp.options.mptcp.recvkey}.
 *
 * @param receiverKey the key of the option's receiver
 */
public record MpFastclose(long receiverKey) implements MptcpOption {
    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_FASTCLOSE;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_MP_FASTCLOSE;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), 0)).u8(0).u64(receiverKey);
    }
}
