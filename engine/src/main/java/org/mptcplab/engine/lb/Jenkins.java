package org.mptcplab.engine.lb;

/**
 * Bob Jenkins' one-at-a-time hash ("Hash functions", Dr. Dobb's Journal, 1997; also
 * https://en.wikipedia.org/wiki/Jenkins_hash_function), all arithmetic modulo 2^32:
 * <pre>
 *   h = 0
 *   for each byte b:  h += b;  h += h &lt;&lt; 10;  h ^= h &gt;&gt;&gt; 6
 *   h += h &lt;&lt; 3;  h ^= h &gt;&gt;&gt; 11;  h += h &lt;&lt; 15
 * </pre>
 * Published examples: "a" gives 0xCA2E9442, "The quick brown fox jumps over the lazy dog" gives
 * 0x519E91F5. (Linux's {@code jhash} is a different, later Jenkins function; this one is chosen
 * because it fits on a slide.)
 */
public final class Jenkins implements HashFunction {
    /** Name used in traces and scenario files. */
    public static final String NAME = "jenkins";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long hash(byte[] input) {
        int h = 0;
        for (byte b : input) {
            h += b & 0xFF;
            h += h << 10;
            h ^= h >>> 6;
        }
        h += h << 3;
        h ^= h >>> 11;
        h += h << 15;
        return Integer.toUnsignedLong(h);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
