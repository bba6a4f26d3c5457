package org.mptcplab.engine.wire;

/**
 * MP_CAPABLE flag bits "A B C D E F G H" (RFC 8684 §3.1). In v1, D..G are unassigned and sent as
 * zero, and H is set (HMAC-SHA256). Wireshark: {@code tcp.options.mptcp.checksumreq.flags} (A),
 * {@code .extensibility.flag} (B), {@code .nomoresubflows.flag} (C), {@code .sha256.flag} (H).
 */
public final class MpCapableFlags {
    /** A: DSS checksums required. */
    public static final int CHECKSUM_REQUIRED = 0x80;
    /** B: extensibility, reserved for future use. */
    public static final int EXTENSIBILITY = 0x40;
    /**
     * C: "do not attempt to establish new subflows to the source address of this packet"; the ICNP 2017
     * load-balancer fix (Linux {@code net.mptcp.allow_join_initial_addr_port=0}).
     */
    public static final int NO_JOIN_TO_SOURCE = 0x20;
    /** H: HMAC-SHA256 is the crypto algorithm (the only one v1 defines). */
    public static final int HMAC_SHA256 = 0x01;

    private MpCapableFlags() {}

    /** True when every bit of {@code flag} is set. */
    public static boolean has(int flags, int flag) {
        return (flags & flag) == flag;
    }
}
