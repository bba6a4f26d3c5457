package org.mptcplab.app.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The samples of one series in trace order (event index, time, value), with the queries the charts
 * need at a cursor: bin totals up to it, or the samples up to it. Queries cost a binary search plus
 * one step per bin, never a scan of the trace.
 */
final class TraceSeries {
    private final String name;
    private int size;
    private int[] index = new int[16];
    private long[] time = new long[16];
    private double[] value = new double[16];
    private double[] cumulative = new double[17];

    TraceSeries(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** Appends a sample; indexes must grow (they do: samples come from one pass over the trace). */
    void add(int eventIndex, long t, double v) {
        if (size == index.length) {
            index = Arrays.copyOf(index, size * 2);
            time = Arrays.copyOf(time, size * 2);
            value = Arrays.copyOf(value, size * 2);
            cumulative = Arrays.copyOf(cumulative, size * 2 + 1);
        }
        index[size] = eventIndex;
        time[size] = t;
        value[size] = v;
        cumulative[size + 1] = cumulative[size] + v;
        size++;
    }

    /** Number of samples at or before event {@code cursor}. */
    int countUpTo(int cursor) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (index[mid] <= cursor) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Totals per bin of {@code width} ns, from 0 to the bin holding the last sample at or before the cursor. */
    ChartSeries binnedUpTo(int cursor, long width) {
        int n = countUpTo(cursor);
        List<ChartPoint> out = new ArrayList<>();
        int from = 0;
        while (from < n) {
            long bin = time[from] / width;
            // Zero bins in between keep gaps visible as drops to zero, not as straight lines.
            long nextBin = out.isEmpty() ? 0 : out.get(out.size() - 1).time() / width + 1;
            for (long b = nextBin; b < bin; b++) {
                out.add(new ChartPoint(b * width, 0));
            }
            int to = firstAtOrAfter(from, n, (bin + 1) * width);
            out.add(new ChartPoint(bin * width, cumulative[to] - cumulative[from]));
            from = to;
        }
        return new ChartSeries(name, out);
    }

    /**
     * First position in [{@code from}, {@code to}) whose time is at least {@code t}, else {@code to}: a
     * binary search, as sample times never decrease (they follow the trace), so a bin costs no scan.
     */
    private int firstAtOrAfter(int from, int to, long t) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The samples at or before the cursor, as they are. */
    ChartSeries samplesUpTo(int cursor) {
        int n = countUpTo(cursor);
        List<ChartPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ChartPoint(time[i], value[i]));
        }
        return new ChartSeries(name, out);
    }
}
