package org.mptcplab.engine.lb;

import java.util.Arrays;

/**
 * The Toeplitz hash of Microsoft Receive Side Scaling ("RSS hashing functions" and "Verifying the
 * RSS hash calculation", Windows driver documentation), which NICs use to spread flows over queues:
 * <pre>
 *   result = 0
 *   for each bit i of the input, most significant bit of the first byte first:
 *       if the bit is 1: result ^= the 32 key bits starting at key bit i
 * </pre>
 * The key must be at least 4 bytes longer than the input. The default 40-byte key is the one in
 * Microsoft's verification suite; with it, 66.9.149.187:2794 -&gt; 161.142.100.80:1766 hashes to
 * 0x323E8FC2 over the addresses alone and 0x51CCC178 with the TCP ports (the {@link HashInput#RSS}
 * layout: source address, destination address, source port, destination port).
 */
public final class Toeplitz implements HashFunction {
    /** Name used in traces and scenario files. */
    public static final String NAME = "toeplitz";

    /** Microsoft's default RSS key (40 bytes), as used by many NIC drivers. */
    private static final byte[] DEFAULT_KEY = {
        0x6d, 0x5a, 0x56, (byte) 0xda, 0x25, 0x5b, 0x0e, (byte) 0xc2,
        0x41, 0x67, 0x25, 0x3d, 0x43, (byte) 0xa3, (byte) 0x8f, (byte) 0xb0,
        (byte) 0xd0, (byte) 0xca, 0x2b, (byte) 0xcb, (byte) 0xae, 0x7b, 0x30, (byte) 0xb4,
        0x77, (byte) 0xcb, 0x2d, (byte) 0xa3, (byte) 0x80, 0x30, (byte) 0xf2, 0x0c,
        0x6a, 0x42, (byte) 0xb7, 0x3b, (byte) 0xbe, (byte) 0xac, 0x01, (byte) 0xfa,
    };

    private final byte[] key;

    private Toeplitz(byte[] key) {
        this.key = key;
    }

    /** Toeplitz with Microsoft's default 40-byte key (inputs up to 36 bytes: an IPv6 RSS tuple). */
    public static Toeplitz withDefaultKey() {
        return new Toeplitz(DEFAULT_KEY.clone());
    }

    /** Toeplitz with another key; it must have at least 5 bytes. */
    public static Toeplitz withKey(byte[] key) {
        if (key.length < 5) {
            throw new IllegalArgumentException("a Toeplitz key needs at least 5 bytes, got " + key.length);
        }
        return new Toeplitz(key.clone());
    }

    /** The key (a fresh copy). */
    public byte[] key() {
        return key.clone();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxInputLength() {
        return key.length - 4;
    }

    @Override
    public long hash(byte[] input) {
        if (input.length > maxInputLength()) {
            throw new IllegalArgumentException("toeplitz with a " + key.length + "-byte key hashes at most "
                    + maxInputLength() + " bytes, got " + input.length);
        }
        // window = the 32 key bits starting at the current input bit; the next key byte is shifted
        // in one bit at a time, so the window slides exactly as in Microsoft's pseudo-code.
        long window = (key[0] & 0xFFL) << 24 | (key[1] & 0xFFL) << 16 | (key[2] & 0xFFL) << 8 | (key[3] & 0xFFL);
        long result = 0;
        for (int i = 0; i < input.length; i++) {
            int next = key[i + 4] & 0xFF;
            for (int bit = 7; bit >= 0; bit--) {
                if ((input[i] >>> bit & 1) != 0) {
                    result ^= window;
                }
                window = (window << 1 | (next >>> bit & 1)) & 0xFFFFFFFFL;
            }
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Toeplitz other && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
