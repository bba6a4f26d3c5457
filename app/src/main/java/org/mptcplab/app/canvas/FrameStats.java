package org.mptcplab.app.canvas;

import java.util.Arrays;

/**
 * Summary of frame intervals: how many, the median, the 99th percentile (nearest rank) and the
 * worst one, in nanoseconds.
 */
public record FrameStats(int frames, long medianNanos, long p99Nanos, long maxNanos) {

    /** Statistics over the first {@code n} entries of {@code intervals} (left unchanged). */
    public static FrameStats of(long[] intervals, int n) {
        if (n == 0) {
            return new FrameStats(0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(intervals, n);
        Arrays.sort(sorted);
        return new FrameStats(n, rank(sorted, 0.5), rank(sorted, 0.99), sorted[n - 1]);
    }

    private static long rank(long[] sorted, double p) {
        int r = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, r - 1)];
    }

    /** Frames per second at the median interval. */
    public double medianFps() {
        return medianNanos == 0 ? 0 : 1e9 / medianNanos;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d frames, median %.2f ms (%.1f fps), p99 %.2f ms, max %.2f ms",
                frames, medianNanos / 1e6, medianFps(), p99Nanos / 1e6, maxNanos / 1e6);
    }
}
