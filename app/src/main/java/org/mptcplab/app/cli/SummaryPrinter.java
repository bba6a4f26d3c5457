package org.mptcplab.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mptcplab.engine.scenario.run.ConnectionSummary;
import org.mptcplab.engine.scenario.run.RunSummary;

/** The human-readable summary of {@code run}: the assumptions, one table row per connection, totals. */
final class SummaryPrinter {
    static final List<String> HEADER = List.of("app", "node", "kind", "bytes", "goodput Mbit/s", "completion s",
            "subflows", "refused", "RST sent", "RST rcvd");

    private SummaryPrinter() {
    }

    static void print(PrintWriter out, RunSummary s) {
        out.println("Scenario " + s.scenario() + ": " + s.title() + " (seed " + s.seed() + ")");
        if (!s.assumptions().isEmpty()) {
            out.println("Assumptions:");
            s.assumptions().forEach(a -> out.println("  - " + a));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ConnectionSummary c : s.connections()) {
            rows.add(List.of(c.app(), c.node(), c.kind(), Long.toString(c.bytes()), mbps(c.goodputMbps()),
                    c.completed() ? seconds(c.completionTime()) : "-", Integer.toString(c.subflowsEstablished()),
                    Integer.toString(c.subflowsRefused()), Long.toString(c.rstSent()), Long.toString(c.rstReceived())));
        }
        out.println("Connections:");
        table(out, rows);
        out.println(String.format(Locale.ROOT, "Totals: %d connection(s), %d completed, %d bytes, %s Mbit/s;"
                        + " subflows %d established, %d refused; RSTs on these connections %d sent, %d received"
                        + " (all hosts: %d sent, %d received)",
                s.connections().size(), s.completedCount(), s.totalBytes(), mbps(s.totalGoodputMbps()),
                s.totalSubflowsEstablished(), s.totalSubflowsRefused(), s.totalRstSent(), s.totalRstReceived(),
                s.rstSentAll(), s.rstReceivedAll()));
        out.println("Simulated time: " + seconds(s.endTime()) + " s");
        out.flush();
    }

    private static void table(PrintWriter out, List<List<String>> rows) {
        int[] width = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                // Text columns left-aligned, numbers right-aligned, as in ss or ip -s.
                String cell = row.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i < 3 ? cell + pad : pad + cell).append(i + 1 < row.size() ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    static String mbps(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }
}
