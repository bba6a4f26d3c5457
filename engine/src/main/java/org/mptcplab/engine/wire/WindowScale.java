package org.mptcplab.engine.wire;

/**
 * Window scale (RFC 7323 §2.2, kind 3, length 3). The wire value is kept verbatim; a receiver treats
 * shifts above 14 as 14 (RFC 7323 §2.3), which is the stack's business. Wireshark:
 * {@code tcp.options.wscale.shift}.
 *
 * @param shift 0..255
 */
public record WindowScale(int shift) implements TcpOption {
    /** Validates the range. */
    public WindowScale {
        Check.range("shift", shift, 0, 0xFF);
    }

    @Override
    public int kind() {
        return TcpConstants.KIND_WINDOW_SCALE;
    }

    @Override
    public int length() {
        return TcpConstants.LEN_WINDOW_SCALE;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(shift);
    }
}
