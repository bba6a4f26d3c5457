package org.mptcplab.engine.wire;

/** End of option list (RFC 9293 §3.1, kind 0). Only valid as the last option at an aligned offset; see the package notes. */
public record EndOfOptions() implements TcpOption {
    @Override
    public int kind() {
        return TcpConstants.KIND_EOL;
    }

    @Override
    public int length() {
        return 1;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind());
    }
}
