package org.mptcplab.engine.wire;

/**
 * One TCP option as it appears on the wire: one record per wire form (RFC 9293 §3.1 for the
 * kind/length layout), including every MPTCP v1 form ({@link MptcpOption}) and
 * {@link UnknownOption} for anything else, so a decode/encode round trip loses nothing.
 */
public sealed interface TcpOption permits EndOfOptions, NoOperation, MaxSegmentSize, WindowScale,
        SackPermitted, Sack, Timestamps, UnknownOption, MptcpOption {

    /** Option kind byte (Wireshark {@code tcp.option_kind}). */
    int kind();

    /** Bytes on the wire, kind and length bytes included (Wireshark {@code tcp.option_len}). */
    int length();

    /** Emits exactly {@link #length()} bytes. */
    void writeTo(WireWriter out);
}
