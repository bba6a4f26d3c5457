package org.mptcplab.engine.wire;

import java.util.StringJoiner;

/**
 * TCP control bits (RFC 9293 §3.1, RFC 3168 §6.1 for ECE/CWR). A header's flags field is 12 bits:
 * these eight plus the four reserved bits before them (bit 0x100 was NS, RFC 3540, now AE), kept
 * verbatim so decoding stays exact. Wireshark: {@code tcp.flags}.
 */
public final class TcpFlags {
    /** No more data from sender. */
    public static final int FIN = 0x01;
    /** Synchronise sequence numbers. */
    public static final int SYN = 0x02;
    /** Reset the connection. */
    public static final int RST = 0x04;
    /** Push function. */
    public static final int PSH = 0x08;
    /** Acknowledgment field is significant. */
    public static final int ACK = 0x10;
    /** Urgent pointer field is significant. */
    public static final int URG = 0x20;
    /** ECN echo. */
    public static final int ECE = 0x40;
    /** Congestion window reduced. */
    public static final int CWR = 0x80;
    /** All 12 bits a header may carry. */
    public static final int MASK = 0xFFF;

    private static final String[] NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};

    private TcpFlags() {}

    /** True when every bit of {@code flag} is set in {@code flags}. */
    public static boolean has(int flags, int flag) {
        return (flags & flag) == flag;
    }

    /** SYN without ACK: the first segment of a handshake. */
    public static boolean isSynOnly(int flags) {
        return has(flags, SYN) && !has(flags, ACK);
    }

    /** SYN with ACK. */
    public static boolean isSynAck(int flags) {
        return has(flags, SYN | ACK);
    }

    /** Names joined by commas in bit order, e.g. "SYN,ACK"; reserved bits appear as hex. */
    public static String toString(int flags) {
        StringJoiner joiner = new StringJoiner(",");
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((flags & (1 << bit)) != 0) {
                joiner.add(NAMES[bit]);
            }
        }
        if ((flags & ~0xFF) != 0) {
            joiner.add(String.format("0x%03x", flags & ~0xFF));
        }
        return joiner.length() == 0 ? "none" : joiner.toString();
    }
}
