package org.mptcplab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.mptcplab.engine.sim.Simulator;

/**
 * Time-binned metrics without per-packet records: a periodic simulator action reads cumulative
 * counters the engine keeps anyway (link bytes, RSTs sent, bytes an application received) and stores
 * each counter's increase over the bin. Memory is one {@code long} per counter and bin, whatever the
 * traffic.
 */
final class CounterSampler {
    private final Simulator sim;
    private final long binNanos;
    private final int bins;
    private final List<LongSupplier> counters = new ArrayList<>();
    private final List<long[]> series = new ArrayList<>();
    private long[] last;
    private int filled;

    /** Samples every {@code binNanos} from now, {@code bins} times. */
    CounterSampler(Simulator sim, long binNanos, int bins) {
        if (binNanos <= 0 || bins <= 0) {
            throw new IllegalArgumentException("need a positive bin and count: " + binNanos + ", " + bins);
        }
        this.sim = sim;
        this.binNanos = binNanos;
        this.bins = bins;
    }

    /** Adds a cumulative counter; returns its index. Call before {@link #start()}. */
    int add(LongSupplier counter) {
        counters.add(counter);
        series.add(new long[bins]);
        return counters.size() - 1;
    }

    /** Reads the starting values and schedules the first sample one bin from now. */
    void start() {
        last = new long[counters.size()];
        for (int i = 0; i < last.length; i++) {
            last[i] = counters.get(i).getAsLong();
        }
        sim.schedule(binNanos, this::sample);
    }

    private void sample() {
        for (int i = 0; i < last.length; i++) {
            long v = counters.get(i).getAsLong();
            series.get(i)[filled] = v - last[i];
            last[i] = v;
        }
        filled++;
        if (filled < bins) {
            sim.schedule(binNanos, this::sample);
        }
    }

    /** Increases of counter {@code index} per bin (zeros for bins not reached). */
    long[] series(int index) {
        return series.get(index).clone();
    }

    /** Bins sampled so far. */
    int filled() {
        return filled;
    }
}
