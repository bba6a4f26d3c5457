package org.mptcplab.engine.wire;

/**
 * Timestamps (RFC 7323 §3.2, kind 8, length 10). Wireshark: {@code tcp.options.timestamp.tsval},
 * {@code tcp.options.timestamp.tsecr}.
 *
 * @param tsVal sender's timestamp, raw 32 bits
 * @param tsEcr echoed timestamp, raw 32 bits
 */
public record Timestamps(int tsVal, int tsEcr) implements TcpOption {
    @Override
    public int kind() {
        return TcpConstants.KIND_TIMESTAMPS;
    }

    @Override
    public int length() {
        return TcpConstants.LEN_TIMESTAMPS;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u32(tsVal).u32(tsEcr);
    }
}
