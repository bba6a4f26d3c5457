package org.mptcplab.engine.wire;

/** No-operation (RFC 9293 §3.1, kind 1), used to align the next option. */
public record NoOperation() implements TcpOption {
    @Override
    public int kind() {
        return TcpConstants.KIND_NOP;
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
