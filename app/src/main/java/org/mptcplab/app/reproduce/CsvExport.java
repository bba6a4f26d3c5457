package org.mptcplab.app.reproduce;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mptcplab.engine.experiment.AnycastResult;
import org.mptcplab.engine.experiment.L4lbPoint;
import org.mptcplab.engine.experiment.L4lbResult;

/** Writes every run: {@code l4lb_runs.csv} (one line per transfer) and {@code anycast_bins.csv} (one line per bin and run). */
public final class CsvExport {
    private CsvExport() {}

    /** Writes the CSV files of {@code report} into {@code dir}. */
    public static void write(ReproduceReport report, Path dir) throws IOException {
        if (report.l4lb() != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("l4lb_runs.csv"), StandardCharsets.UTF_8))) {
                w.println("variant,loss,added_latency_ms,seed,completed,establishment_ms,transfer_ms,bytes,transfer_mbps,"
                        + "goodput_mbps,joins,server_rsts,lb_data_packets,events");
                for (L4lbPoint p : report.l4lb().experiment().points()) {
                    for (L4lbResult r : report.l4lb().runs(p)) {
                        w.printf(Locale.ROOT, "%s,%.4f,%d,%d,%s,%.4f,%.4f,%d,%.3f,%.3f,%d,%d,%d,%d%n", p.variant(), p.loss(),
                                p.addedLatencyNanos() / 1_000_000, r.seed(), r.completed(), r.establishment() / 1e6,
                                r.transfer() / 1e6, r.bytes(), r.transferMbps(), r.goodputMbps(), r.joins(), r.resets(),
                                r.lbDataPackets(), r.events());
                    }
                }
            }
        }
        if (report.anycastRuns() != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("anycast_bins.csv"), StandardCharsets.UTF_8))) {
                w.println("variant,seed,t_start_s,goodput_mbps,rsts,s1_mbps,s2_mbps,s3_mbps");
                for (AnycastResult r : report.anycastRuns()) {
                    double scale = 8.0 / (r.bin() / 1e9) / 1e6;
                    for (int i = 0; i < r.bins(); i++) {
                        w.printf(Locale.ROOT, "%s,%d,%.3f,%.3f,%d,%.3f,%.3f,%.3f%n", r.variant(), r.seed(), i * r.bin() / 1e9,
                                r.mbps(i), r.resets()[i], r.serverBytes()[0][i] * scale, r.serverBytes()[1][i] * scale,
                                r.serverBytes()[2][i] * scale);
                    }
                }
            }
        }
    }
}
