package org.mptcplab.engine.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed ns-3 measurements ({@code fidelity/ns3-newreno-*.txt}): one {@code key=value} line per
 * run as {@code run_baseline.sh} prints it, prefixed with {@code mode=}, {@code tcp=}, {@code loss=} and
 * {@code run=}. Lines starting with {@code #} are comments; runs that timed out ({@code status=timeout})
 * carry no result and are skipped.
 */
final class Ns3Reference {
    /** The resources holding the reference runs. */
    static final List<String> RESOURCES = List.of("/fidelity/ns3-newreno-10MB.txt", "/fidelity/ns3-newreno-60s.txt");

    /**
     * One ns-3 run.
     *
     * @param completionS  -1 in duration mode or when the cap hit first
     * @param lossDrops    packets the RateErrorModel dropped
     * @param clientPackets packets the client device sent
     */
    record Run(TransferMode mode, double loss, int run, double goodputMbps, double completionS, long lossDrops,
            long clientPackets) {}

    private final List<Run> runs;

    private Ns3Reference(List<Run> runs) {
        this.runs = List.copyOf(runs);
    }

    /** Loads every file of {@link #RESOURCES} from the test class path. */
    static Ns3Reference load() {
        List<Run> all = new ArrayList<>();
        for (String resource : RESOURCES) {
            all.addAll(parse(read(resource)));
        }
        return new Ns3Reference(all);
    }

    /** Reference from already parsed runs (for tests of the parser). */
    static Ns3Reference of(List<Run> runs) {
        return new Ns3Reference(runs);
    }

    private static String read(String resource) {
        try (InputStream in = Ns3Reference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the text of one reference file. */
    static List<Run> parse(String text) {
        List<Run> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            Map<String, String> kv = fields(s, lineNo);
            if ("timeout".equals(kv.get("status"))) {
                continue;
            }
            out.add(new Run(TransferMode.byLabel(require(kv, "mode", lineNo)),
                    Double.parseDouble(require(kv, "loss", lineNo)),
                    Integer.parseInt(require(kv, "run", lineNo)),
                    Double.parseDouble(require(kv, "goodput_mbps", lineNo)),
                    Double.parseDouble(kv.getOrDefault("completion_s", "-1")),
                    Long.parseLong(kv.getOrDefault("loss_drops", "0")),
                    Long.parseLong(kv.getOrDefault("client_tx_pkts", "0"))));
        }
        return out;
    }

    private static Map<String, String> fields(String line, int lineNo) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String token : line.split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + lineNo + ": not key=value: '" + token + "'");
            }
            kv.put(token.substring(0, eq), token.substring(eq + 1));
        }
        return kv;
    }

    private static String require(Map<String, String> kv, String key, int lineNo) {
        String v = kv.get(key);
        if (v == null) {
            throw new IllegalArgumentException("line " + lineNo + ": no " + key + "=");
        }
        return v;
    }

    /** The runs of one cell, by run number. */
    List<Run> runs(TransferMode mode, double loss) {
        return runs.stream().filter(r -> r.mode() == mode && r.loss() == loss)
                .sorted(Comparator.comparingInt(Run::run)).toList();
    }

    /** Goodput summary of one cell. */
    Summary summary(TransferMode mode, double loss) {
        return Summary.of(runs(mode, loss).stream().map(Run::goodputMbps).toList());
    }
}
