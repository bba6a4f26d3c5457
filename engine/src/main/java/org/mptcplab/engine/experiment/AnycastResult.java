package org.mptcplab.engine.experiment;

import java.util.List;
import org.mptcplab.engine.sim.Time;

/**
 * One anycast run, as time series: bin {@code i} covers {@code [i * bin, (i + 1) * bin)}.
 *
 * @param variant        transport
 * @param seed           run seed
 * @param bin            bin width, ns
 * @param goodputBytes   bytes the clients received, per bin
 * @param resets         RSTs sent by all hosts for segments matching no connection, per bin
 * @param serverBytes    bytes each server put on its link toward the router, per bin ([server][bin])
 * @param schedule       the pool changes of the run
 * @param connections    connections the clients opened in total
 * @param intact         every client's byte stream was verified intact
 * @param events         simulator events executed
 */
public record AnycastResult(AnycastVariant variant, long seed, long bin, long[] goodputBytes, long[] resets,
        long[][] serverBytes, List<RouteEvent> schedule, long connections, boolean intact, long events) {

    /** Aggregate goodput of bin {@code i}, Mbit/s. */
    public double mbps(int i) {
        return goodputBytes[i] * 8.0 / Time.toSeconds(bin) / 1e6;
    }

    /** Number of bins. */
    public int bins() {
        return goodputBytes.length;
    }

    /** RSTs over the whole run. */
    public long totalResets() {
        long n = 0;
        for (long r : resets) {
            n += r;
        }
        return n;
    }
}
