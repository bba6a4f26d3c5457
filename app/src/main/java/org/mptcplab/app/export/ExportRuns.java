package org.mptcplab.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.RunSession;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;

/**
 * Runs and metadata for exports outside the GUI (the command line, tests): records a scenario the way
 * the GUI does (same seed, same event cap, so step N is the same picture), writes the metadata of a
 * scenario and reads a scenario back from metadata.
 */
public final class ExportRuns {
    /** Events recorded at most, as in the GUI's loader: beyond that a step-through view is no lesson. */
    public static final int MAX_EVENTS = 400_000;
    private static final int CHUNK = 2_000;
    private static final Map<String, String> PAIRS = Map.of("l4lb-mptcp-plain", "l4lb-mptcp-fixed",
            "l4lb-mptcp-fixed", "l4lb-mptcp-plain", "anycast-tcp", "anycast-mptcp-fixed", "anycast-mptcp-fixed",
            "anycast-tcp");

    private ExportRuns() {
    }

    /** Records {@code scenario} with {@code seed} to its end (or to {@link #MAX_EVENTS} events). */
    public static RecordedRun record(Scenario scenario, long seed) {
        ScenarioRunSource source = new ScenarioRunSource(scenario, seed);
        RunSession session = source.open();
        List<TraceEvent> events = new ArrayList<>();
        while (!session.finished() && events.size() < MAX_EVENTS) {
            events.addAll(session.advance(CHUNK));
        }
        return new RecordedRun(source, source.topology(), events.size() > MAX_EVENTS
                ? events.subList(0, MAX_EVENTS) : events);
    }

    /** Metadata for {@code scenario} run with {@code seed}, at {@code step} of {@code view}. */
    public static ExportMetadata metadata(Scenario scenario, long seed, int step, ExportView view) {
        return new ExportMetadata(scenario.id(), ScenarioWriter.toJson(scenario), seed, step, view,
                AppInfo.version());
    }

    /** The scenario that {@code meta} carries. */
    public static Scenario scenario(ExportMetadata meta) throws ScenarioLoadException {
        return ScenarioLoader.parse(meta.scenarioId() + ".json", meta.scenarioJson());
    }

    /** The failure/fix partner of a built-in scenario (l4lb-mptcp-plain and l4lb-mptcp-fixed, ...). */
    public static Optional<String> pairOf(String scenarioId) {
        return Optional.ofNullable(PAIRS.get(scenarioId));
    }
}
