package org.mptcplab.engine.sim;

/**
 * Simulated time is a {@code long} count of nanoseconds since the start of a run. These helpers
 * convert at the edges (scenario files, the UI); the engine itself never uses {@code double} time.
 */
public final class Time {
    /** One microsecond in nanoseconds. */
    public static final long MICROSECOND = 1_000L;
    /** One millisecond in nanoseconds. */
    public static final long MILLISECOND = 1_000_000L;
    /** One second in nanoseconds. */
    public static final long SECOND = 1_000_000_000L;
    /** A time later than any event a run can reach; used as "never". */
    public static final long NEVER = Long.MAX_VALUE;

    private Time() {}

    public static long micros(long us) {
        return Math.multiplyExact(us, MICROSECOND);
    }

    public static long millis(long ms) {
        return Math.multiplyExact(ms, MILLISECOND);
    }

    public static long seconds(long s) {
        return Math.multiplyExact(s, SECOND);
    }

    /** Rounds a duration in (possibly fractional) seconds to the nearest nanosecond. */
    public static long fromSeconds(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0 || seconds > Long.MAX_VALUE / (double) SECOND) {
            throw new IllegalArgumentException("not a representable duration: " + seconds + " s");
        }
        return Math.round(seconds * SECOND);
    }

    /** For display only: nanoseconds as seconds. */
    public static double toSeconds(long nanos) {
        return nanos / (double) SECOND;
    }

    /** Time to serialise {@code bytes} on a link of {@code bitsPerSecond}, rounded up to whole nanoseconds. */
    public static long transmission(long bytes, long bitsPerSecond) {
        if (bitsPerSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + bitsPerSecond);
        }
        long bits = Math.multiplyExact(bytes, 8L);
        // ceil(bits * 1e9 / rate) without overflow for realistic sizes (bits < 2^33, 1e9 < 2^30).
        long q = Math.multiplyExact(bits, SECOND);
        return (q + bitsPerSecond - 1) / bitsPerSecond;
    }

    /** Human-readable form such as {@code 12.345678 ms} or {@code 1.500000000 s}, for logs and the UI. */
    public static String format(long nanos) {
        if (nanos == NEVER) {
            return "never";
        }
        if (Math.abs(nanos) < SECOND) {
            return String.format(java.util.Locale.ROOT, "%.6f ms", nanos / (double) MILLISECOND);
        }
        return String.format(java.util.Locale.ROOT, "%.9f s", nanos / (double) SECOND);
    }
}
