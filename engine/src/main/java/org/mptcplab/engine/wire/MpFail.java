package org.mptcplab.engine.wire;

/**
 * MP_FAIL (RFC 8684 §3.7): {@code 1e 0c 60 00 | DSN (8)}, the DSN of the last in-order byte before
 * the checksum failure. Wireshark: {@code tcp.options.mptcp.rawdataseqno}.
 *
 * @param dsn 64-bit data sequence number
 */
public record MpFail(long dsn) implements MptcpOption {
    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_FAIL;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_MP_FAIL;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), 0)).u8(0).u64(dsn);
    }
}
