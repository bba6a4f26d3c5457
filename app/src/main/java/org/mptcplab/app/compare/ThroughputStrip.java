package org.mptcplab.app.compare;

import java.util.List;

/**
 * Throughput over simulated time for the strip under one side: equal bins, payload bits delivered
 * to the receiving hosts per second.
 *
 * @param binNanos     width of one bin, ns
 * @param bitsPerSecond one value per bin, oldest first
 */
public record ThroughputStrip(long binNanos, List<Double> bitsPerSecond) {
    public ThroughputStrip {
        bitsPerSecond = List.copyOf(bitsPerSecond);
    }
}
