package org.mptcplab.lessons.scenario.catalogue;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.PcapCaptures;
import org.mptcplab.engine.scenario.run.RunSummary;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.scenario.run.TraceJsonLines;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceSink;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * One run of a catalogue scenario for the acceptance tests: the events a test wants to look at, the
 * summary, the SHA-256 of the trace as JSON lines (what {@code run --trace} writes), and optionally
 * a pcap per host and load balancer.
 */
final class CatalogueRun {
    /** Bytes kept per captured packet: every header and option, a little payload. */
    static final int SNAP_LENGTH = 160;

    final Scenario scenario;
    final ScenarioRun run;
    final RunSummary summary;
    final List<TraceEvent> events;
    final String traceDigest;

    private CatalogueRun(Scenario scenario, ScenarioRun run, RunSummary summary, List<TraceEvent> events,
            String traceDigest) {
        this.scenario = scenario;
        this.run = run;
        this.summary = summary;
        this.events = events;
        this.traceDigest = traceDigest;
    }

    static Scenario load(String id) {
        try {
            return ScenarioLoader.builtIn(id);
        } catch (Exception e) {
            throw new AssertionError("catalogue scenario " + id + " does not load: " + e.getMessage(), e);
        }
    }

    /** Runs {@code scenario} with {@code seed}, keeping events that satisfy {@code keep}; pcaps go to {@code pcaps} unless null. */
    static CatalogueRun run(Scenario scenario, long seed, Predicate<TraceEvent> keep, Path pcaps, TraceSink... extra)
            throws IOException {
        ScenarioRun run = ScenarioRun.build(scenario, seed);
        for (TraceSink sink : extra) {
            run.addSink(sink);
        }
        List<TraceEvent> kept = new ArrayList<>();
        run.addSink(e -> {
            if (keep.test(e)) {
                kept.add(e);
            }
        });
        DigestWriter digest = new DigestWriter();
        run.addSink(new TraceJsonLines(digest));
        Closeable capture = pcaps == null ? () -> { } : PcapCaptures.attach(run, pcaps, SNAP_LENGTH);
        RunSummary summary;
        try (capture) {
            summary = run.run();
        }
        return new CatalogueRun(scenario, run, summary, kept, digest.hex());
    }

    /** The built-in scenario {@code id} with its default seed. */
    static CatalogueRun run(String id, Predicate<TraceEvent> keep, Path pcaps, TraceSink... extra) throws IOException {
        Scenario s = load(id);
        return run(s, s.seed(), keep, pcaps, extra);
    }

    /** {@code s} cut to its first {@code duration} ns (a scenario too long for a unit test). */
    static Scenario shortened(Scenario s, long duration) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(), duration,
                s.nodes(), s.links(), s.routing(), s.applications(), s.faults(), s.events());
    }

    /** SHA-256 of the JSON-lines trace of a fresh run. */
    static String traceDigest(Scenario scenario, long seed) {
        ScenarioRun run = ScenarioRun.build(scenario, seed);
        DigestWriter digest = new DigestWriter();
        run.addSink(new TraceJsonLines(digest));
        run.run();
        return digest.hex();
    }

    /** Events of one type, in order. */
    <T extends TraceEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A writer that hashes the UTF-8 bytes of what it is given instead of storing them. */
    private static final class DigestWriter extends Writer {
        private final MessageDigest sha;

        DigestWriter() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            sha.update(new String(buffer, offset, length).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Writer append(CharSequence text) {
            sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
            return this;
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing to release
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
