package org.mptcplab.engine.fidelity;

import java.util.List;
import java.util.Locale;

/**
 * The engine's runs of one {@link CellSpec} next to the ns-3 reference runs of the same cell.
 *
 * @param spec       what was run
 * @param ns3        reference goodput (all committed ns-3 runs of the cell)
 * @param ns3Runs    those runs
 * @param engineRuns the engine's runs, by seed
 */
record FidelityCell(CellSpec spec, Summary ns3, List<Ns3Reference.Run> ns3Runs, List<RunResult> engineRuns) {
    /** The acceptance bound of issue 3: engine mean within 20 % of ns-3's. */
    static final double TOLERANCE = 0.20;

    /** Engine goodput summary. */
    Summary engine() {
        return Summary.of(engineRuns.stream().map(RunResult::goodputMbps).toList());
    }

    /** Engine mean over ns-3 mean. */
    double ratio() {
        return engine().mean() / ns3.mean();
    }

    /** True when the engine mean is within {@link #TOLERANCE} of ns-3's. */
    boolean withinTolerance() {
        return Math.abs(ratio() - 1) <= TOLERANCE;
    }

    /** Sum of the engine runs' wall-clock times, seconds. */
    double engineWallSeconds() {
        return engineRuns.stream().mapToLong(RunResult::wallNanos).sum() / 1e9;
    }

    /**
     * Mathis et al. (1997) steady-state throughput {@code MSS/RTT * sqrt(3/(2b)) / sqrt(p)} in Mbit/s,
     * with the base RTT of the topology, as bulk.cc and make_tables.py compute it.
     *
     * @param b segments acknowledged per ACK (1, or 2 with delayed ACKs)
     */
    double mathisMbps(int b) {
        double rtt = Ns3Topology.BASE_RTT / 1e9;
        return Ns3Topology.MSS * 8.0 / rtt * Math.sqrt(3.0 / (2.0 * b)) / Math.sqrt(spec.loss()) / 1e6;
    }

    /** The loss as printed in the table and the reference files (e.g. 0.0001). */
    static String formatLoss(double loss) {
        return java.math.BigDecimal.valueOf(loss).stripTrailingZeros().toPlainString();
    }

    /** Goodput as printed: three decimals. */
    static String mbps(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** "mean [sd, n]". */
    static String summary(Summary s) {
        return String.format(Locale.ROOT, "%.3f [%.3f, %d]", s.mean(), s.sd(), s.n());
    }
}
