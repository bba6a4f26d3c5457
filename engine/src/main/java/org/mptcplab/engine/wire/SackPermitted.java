package org.mptcplab.engine.wire;

/** SACK permitted, sent on SYN (RFC 2018 §2, kind 4, length 2). */
public record SackPermitted() implements TcpOption {
    @Override
    public int kind() {
        return TcpConstants.KIND_SACK_PERMITTED;
    }

    @Override
    public int length() {
        return TcpConstants.LEN_SACK_PERMITTED;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind());
        out.u8(length());
    }
}
