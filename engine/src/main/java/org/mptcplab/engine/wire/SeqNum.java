package org.mptcplab.engine.wire;

/**
 * 32-bit sequence number arithmetic with wrap-around (RFC 9293 §3.4, RFC 1982 serial numbers as
 * used by RFC 7323 §5.2 for PAWS): {@code a < b} iff the signed 32-bit difference {@code a - b} is
 * negative. Values are the raw wire ints.
 */
public final class SeqNum {
    private SeqNum() {}

    /** {@code a - b} as a signed distance; correct while the numbers are less than 2^31 apart. */
    public static int diff(int a, int b) {
        return a - b;
    }

    /** {@code a < b} modulo 2^32. */
    public static boolean lt(int a, int b) {
        return a - b < 0;
    }

    /** {@code a <= b} modulo 2^32. */
    public static boolean leq(int a, int b) {
        return a - b <= 0;
    }

    /** {@code a > b} modulo 2^32. */
    public static boolean gt(int a, int b) {
        return a - b > 0;
    }

    /** {@code a >= b} modulo 2^32. */
    public static boolean geq(int a, int b) {
        return a - b >= 0;
    }

    /** {@code lo <= x < hi} modulo 2^32 (the RFC 9293 §3.4 acceptability test shape). */
    public static boolean inWindow(int x, int lo, int hi) {
        return leq(lo, x) && lt(x, hi);
    }

    /** The larger of two sequence numbers in wrap-around order. */
    public static int max(int a, int b) {
        return gt(a, b) ? a : b;
    }

    /** The unsigned value 0..2^32-1, for display. */
    public static long unsigned(int seq) {
        return Integer.toUnsignedLong(seq);
    }
}
