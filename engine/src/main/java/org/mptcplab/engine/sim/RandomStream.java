package org.mptcplab.engine.sim;

/**
 * A deterministic pseudo-random sequence (xoshiro256**, seeded through SplitMix64). The algorithm is
 * written out here rather than borrowed from {@code java.util} so that a seed produces the same
 * numbers on every JDK, which is what makes traces reproducible byte for byte.
 */
public final class RandomStream {
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /** A stream seeded with {@code seed}. */
    public RandomStream(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    /** SplitMix64's output function: a good 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Next 64 uniformly distributed bits. */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Next 32 uniformly distributed bits. */
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** Uniform in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = (1L << 32) - ((1L << 32) % bound);
        long r;
        do {
            r = nextLong() >>> 32;
        } while (r >= limit);
        return (int) (r % bound);
    }

    /** Uniform in [origin, bound). */
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("empty range [" + origin + ", " + bound + ")");
        }
        return origin + nextInt(bound - origin);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** True with probability {@code p}. {@code p <= 0} never draws, so a loss-free link uses no numbers. */
    public boolean bernoulli(double p) {
        if (p <= 0) {
            return false;
        }
        return p >= 1 || nextDouble() < p;
    }

    /** Exponentially distributed with the given mean (for Poisson arrivals). */
    public double exponential(double mean) {
        return -mean * Math.log1p(-nextDouble());
    }
}
