package org.mptcplab.engine.wire;

/**
 * Maximum segment size (RFC 9293 §3.2, kind 2, length 4). Wireshark: {@code tcp.options.mss_val}.
 *
 * @param mss 0..65535
 */
public record MaxSegmentSize(int mss) implements TcpOption {
    /** Validates the range. */
    public MaxSegmentSize {
        Check.range("mss", mss, 0, 0xFFFF);
    }

    @Override
    public int kind() {
        return TcpConstants.KIND_MSS;
    }

    @Override
    public int length() {
        return TcpConstants.LEN_MSS;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u16(mss);
    }
}
