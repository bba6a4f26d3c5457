package org.mptcplab.app.reproduce;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.experiment.AnycastExperiment;
import org.mptcplab.engine.experiment.AnycastResult;
import org.mptcplab.engine.experiment.AnycastSummary;
import org.mptcplab.engine.experiment.AnycastVariant;
import org.mptcplab.engine.experiment.L4lbSummary;
import org.mptcplab.engine.experiment.L4lbVariant;
import org.mptcplab.engine.experiment.PaperNumbers;

/**
 * What one {@code reproduce} invocation produced. Either part is {@code null} when not requested.
 *
 * @param l4lb         L4LB statistics
 * @param l4lbWall     wall time of the L4LB runs, s
 * @param anycast      anycast definition
 * @param anycastRuns  anycast runs, TCP then MPTCP, seed order within each
 * @param anycastWall  wall time of the anycast runs, s
 */
public record ReproduceReport(L4lbSummary l4lb, double l4lbWall, AnycastExperiment anycast,
        List<AnycastResult> anycastRuns, double anycastWall) {

    /** The first run (seed 1) of {@code variant}. */
    public AnycastSummary anycastSummary(AnycastVariant variant) {
        for (AnycastResult r : anycastRuns) {
            if (r.variant() == variant) {
                return new AnycastSummary(r);
            }
        }
        throw new IllegalStateException("no anycast run for " + variant);
    }

    /** Mean transfer rate at the operating point, Mbit/s. */
    public double l4lbMbps(L4lbVariant variant) {
        return l4lb.transferMbps(l4lb.experiment().operatingPoint(variant)).mean();
    }

    /** The comparison table. */
    public List<ComparisonRow> rows() {
        List<ComparisonRow> rows = new ArrayList<>();
        if (l4lb != null) {
            rows.add(new ComparisonRow("L4LB TCP transfer rate", PaperNumbers.L4LB_TCP_MBPS, l4lbMbps(L4lbVariant.TCP), "Mbit/s"));
            rows.add(new ComparisonRow("L4LB MPTCP (fix) transfer rate", PaperNumbers.L4LB_MPTCP_MBPS,
                    l4lbMbps(L4lbVariant.MPTCP_FIX), "Mbit/s"));
            rows.add(new ComparisonRow("L4LB MPTCP (no fix) transfer rate", Double.NaN,
                    l4lbMbps(L4lbVariant.MPTCP_NO_FIX), "Mbit/s"));
        }
        if (anycastRuns != null) {
            AnycastSummary tcp = anycastSummary(AnycastVariant.TCP);
            AnycastSummary mptcp = anycastSummary(AnycastVariant.MPTCP_FIX);
            rows.add(new ComparisonRow("anycast TCP, 3 servers", PaperNumbers.ANYCAST_TCP_3SRV_MBPS, tcp.threeServerMbps(), "Mbit/s"));
            rows.add(new ComparisonRow("anycast TCP, 2 servers", PaperNumbers.ANYCAST_TCP_2SRV_MBPS, tcp.twoServerMbps(), "Mbit/s"));
            rows.add(new ComparisonRow("anycast TCP RSTs after withdrawals (min per event)", Double.NaN,
                    min(tcp.resetsAfterWithdrawals()), "RST"));
            rows.add(new ComparisonRow("anycast TCP RSTs after re-adds (min per event)", Double.NaN,
                    min(tcp.resetsAfterReadds()), "RST"));
            rows.add(new ComparisonRow("anycast MPTCP (fix) lowest 1 s bin / 3-server level", 1.0,
                    mptcp.minSecondRatio(), "ratio"));
            rows.add(new ComparisonRow("anycast MPTCP (fix) RSTs", 0, mptcp.run().totalResets(), "RST"));
        }
        return rows;
    }

    private static double min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(0);
    }
}
