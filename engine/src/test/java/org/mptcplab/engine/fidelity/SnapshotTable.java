package org.mptcplab.engine.fidelity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The committed comparison ({@code fidelity/ns3-comparison.md}) as markdown: a goodput table (the
 * acceptance numbers) and a details table (medians, ranges, loss and packet counts), one row per cell
 * keyed by loss and mode. Everything in a row is deterministic except the goodput table's last column
 * (wall time), which {@link #comparable} leaves out so that a test can diff rows against a fresh run.
 */
final class SnapshotTable {
    /** Heading of the acceptance table. */
    static final String GOODPUT = "Goodput";
    /** Heading of the details table. */
    static final String DETAILS = "Details";

    private SnapshotTable() {}

    /** Renders the whole document for {@code cells}; {@code preamble} is free text placed after the title. */
    static String render(List<FidelityCell> cells, String preamble) {
        StringBuilder out = new StringBuilder();
        out.append("# TCP goodput under random loss: engine vs ns-3 3.37\n\n").append(preamble.strip()).append("\n\n");
        out.append("## ").append(GOODPUT).append("\n\n");
        out.append("| loss p | mode | ns-3 Mb/s mean [sd, n] | engine Mb/s mean [sd, n] | engine/ns-3 | within 20 % "
                + "| Mathis b=1 | Mathis b=2 | engine wall s |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (FidelityCell c : cells) {
            out.append(line(goodputRow(c))).append('\n');
        }
        out.append("\n## ").append(DETAILS).append("\n\n");
        out.append("| loss p | mode | ns-3 median [min-max] | engine median [min-max] | ns-3 loss drops | engine loss drops "
                + "| ns-3 client pkts | engine client pkts | ns-3 completion s | engine completion s |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (FidelityCell c : cells) {
            out.append(line(detailsRow(c))).append('\n');
        }
        out.append("\nCounts and completion times are means per run; completion is `-` in 60 s mode.\n");
        return out.toString();
    }

    /** Cells of the goodput row of {@code c}, wall time last. */
    static List<String> goodputRow(FidelityCell c) {
        return List.of(FidelityCell.formatLoss(c.spec().loss()), c.spec().mode().label(),
                FidelityCell.summary(c.ns3()), FidelityCell.summary(c.engine()),
                String.format(Locale.ROOT, "%.3f", c.ratio()), c.withinTolerance() ? "yes" : "**no**",
                FidelityCell.mbps(c.mathisMbps(1)), FidelityCell.mbps(c.mathisMbps(2)),
                String.format(Locale.ROOT, "%.1f", c.engineWallSeconds()));
    }

    /** Cells of the details row of {@code c}. */
    static List<String> detailsRow(FidelityCell c) {
        List<Double> ns3 = c.ns3Runs().stream().map(Ns3Reference.Run::goodputMbps).toList();
        List<Double> eng = c.engineRuns().stream().map(RunResult::goodputMbps).toList();
        boolean sized = c.spec().mode() == TransferMode.TEN_MB;
        return List.of(FidelityCell.formatLoss(c.spec().loss()), c.spec().mode().label(), spread(ns3), spread(eng),
                mean(c.ns3Runs().stream().mapToDouble(Ns3Reference.Run::lossDrops).toArray()),
                mean(c.engineRuns().stream().mapToDouble(RunResult::lossDrops).toArray()),
                mean(c.ns3Runs().stream().mapToDouble(Ns3Reference.Run::clientPackets).toArray()),
                mean(c.engineRuns().stream().mapToDouble(RunResult::clientPackets).toArray()),
                sized ? mean(c.ns3Runs().stream().mapToDouble(Ns3Reference.Run::completionS).toArray()) : "-",
                sized ? mean(c.engineRuns().stream().mapToDouble(RunResult::completionS).toArray()) : "-");
    }

    private static String spread(List<Double> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format(Locale.ROOT, "%.3f [%.3f-%.3f]", median, sorted.get(0), sorted.get(n - 1));
    }

    private static String mean(double[] values) {
        if (values.length == 0) {
            return "-";
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return String.format(Locale.ROOT, "%.1f", sum / values.length);
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /**
     * Rows of a rendered document: section heading, then {@code loss|mode}, then the row's cells. Header
     * and separator rows are skipped.
     */
    static Map<String, Map<String, List<String>>> parse(String markdown) {
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        String section = "";
        for (String raw : markdown.split("\n")) {
            String s = raw.strip();
            if (s.startsWith("## ")) {
                section = s.substring(3).strip();
            } else if (s.startsWith("|") && !s.startsWith("|---")) {
                List<String> cells = cells(s);
                if (cells.size() >= 2 && !cells.get(0).equals("loss p")) {
                    sections.computeIfAbsent(section, k -> new LinkedHashMap<>())
                            .put(cells.get(0) + "|" + cells.get(1), cells);
                }
            }
        }
        return sections;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        List<String> out = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    /** The deterministic part of a row of {@code section}: all of it, less the goodput table's wall time. */
    static List<String> comparable(String section, List<String> row) {
        return GOODPUT.equals(section) ? row.subList(0, row.size() - 1) : row;
    }
}
