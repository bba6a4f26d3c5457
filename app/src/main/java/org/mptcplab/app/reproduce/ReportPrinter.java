package org.mptcplab.app.reproduce;

import java.io.PrintWriter;
import java.util.Locale;
import org.mptcplab.engine.experiment.Assumption;
import org.mptcplab.engine.experiment.L4lbPoint;
import org.mptcplab.engine.experiment.L4lbSummary;
import org.mptcplab.engine.experiment.L4lbVariant;
import org.mptcplab.engine.experiment.Stats;

/** Prints the comparison table, the sweeps and every assumption as plain text. */
public final class ReportPrinter {
    private ReportPrinter() {}

    /** Writes the whole report to {@code out}. */
    public static void print(ReproduceReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%-55s %10s %12s %7s%n", "quantity", "paper", "simulated", "ratio");
        for (ComparisonRow row : report.rows()) {
            out.printf(Locale.ROOT, "%-55s %10s %12s %7s  %s%n", row.quantity(), num(row.paper()), num(row.simulated()),
                    Double.isNaN(row.ratio()) ? "-" : String.format(Locale.ROOT, "%.3f", row.ratio()), row.unit());
        }
        if (report.l4lb() != null) {
            printSweeps(report.l4lb(), out);
            out.println();
            out.println("L4LB assumptions (wall " + String.format(Locale.ROOT, "%.1f s", report.l4lbWall()) + "):");
            for (Assumption a : report.l4lb().experiment().assumptions()) {
                out.println("  - " + a);
            }
        }
        if (report.anycast() != null) {
            out.println();
            out.println("anycast: RSTs after each withdrawal " + report.anycastSummary(
                    org.mptcplab.engine.experiment.AnycastVariant.TCP).resetsAfterWithdrawals() + ", after each re-add "
                    + report.anycastSummary(org.mptcplab.engine.experiment.AnycastVariant.TCP).resetsAfterReadds());
            out.println("anycast assumptions (wall " + String.format(Locale.ROOT, "%.1f s", report.anycastWall()) + "):");
            for (Assumption a : report.anycast().assumptions()) {
                out.println("  - " + a);
            }
        }
        out.flush();
    }

    private static void printSweeps(L4lbSummary s, PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "%-15s %7s %9s %18s %16s %14s %s%n", "variant", "loss %", "latency", "transfer Mbit/s",
                "establish ms", "transfer ms", "unfinished");
        for (L4lbPoint p : s.experiment().points()) {
            Stats rate = s.transferMbps(p);
            out.printf(Locale.ROOT, "%-15s %7.1f %6d ms %9.1f ± %6.1f %16.2f %14.1f %d/%d%n", p.variant().label(),
                    p.loss() * 100, p.addedLatencyNanos() / 1_000_000, rate.mean(), rate.stddev(),
                    s.establishmentMs(p).mean(), s.transferMs(p).mean(), s.unfinished(p), rate.n());
        }
        out.printf(Locale.ROOT, "MPTCP (fix) spread of mean transfer rate across the loss sweep: %.1f %%; TCP: %.1f %%%n",
                100 * s.spread(s.lossSweep(L4lbVariant.MPTCP_FIX)), 100 * s.spread(s.lossSweep(L4lbVariant.TCP)));
        out.printf(Locale.ROOT, "MPTCP (fix) spread of mean transfer rate across the latency sweep: %.1f %%%n",
                100 * s.spread(s.latencySweep(L4lbVariant.MPTCP_FIX)));
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.3f", v);
    }
}
