package org.mptcplab.engine.wire;

/**
 * The 16-bit ones'-complement Internet checksum (RFC 1071), used by the IPv4 header, TCP (with the
 * pseudo-header of RFC 9293 §3.1 / RFC 8200 §8.1) and the MPTCP DSS checksum (RFC 8684 §3.3.1).
 * Accumulate with {@link #add}, finish with {@link #finish}.
 */
public final class InternetChecksum {
    private InternetChecksum() {}

    /**
     * Adds {@code length} bytes from {@code offset} as big-endian 16-bit words to {@code sum}; an odd
     * last byte is padded with zero.
     */
    public static long add(long sum, byte[] bytes, int offset, int length) {
        long acc = sum;
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            acc += (bytes[i] & 0xFF) << 8 | (bytes[i + 1] & 0xFF);
        }
        if (i < end) {
            acc += (bytes[i] & 0xFF) << 8;
        }
        return acc;
    }

    /** Adds a 16-bit word. */
    public static long addWord(long sum, int word) {
        return sum + (word & 0xFFFF);
    }

    /** Folds the carries and complements: the value to put in a checksum field. */
    public static int finish(long sum) {
        long folded = sum;
        while ((folded >>> 16) != 0) {
            folded = (folded & 0xFFFF) + (folded >>> 16);
        }
        return (int) (~folded & 0xFFFF);
    }

    /** Checksum of a byte range. A range that includes a correct checksum field yields 0. */
    public static int of(byte[] bytes, int offset, int length) {
        return finish(add(0, bytes, offset, length));
    }
}
