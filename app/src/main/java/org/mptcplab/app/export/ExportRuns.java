package org.mptcplab.app.export;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.RunLoader;
import org.mptcplab.app.playback.RunRecording;
import org.mptcplab.app.playback.RunStop;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Watchdog;
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
    public static final int MAX_EVENTS = RunLoader.MAX_EVENTS;
    private static final int CHUNK = PlaybackViewModel.LOAD_CHUNK;
    private static final Map<String, String> PAIRS = Map.of("l4lb-mptcp-plain", "l4lb-mptcp-fixed",
            "l4lb-mptcp-fixed", "l4lb-mptcp-plain", "anycast-tcp", "anycast-mptcp-fixed", "anycast-mptcp-fixed",
            "anycast-tcp");

    private ExportRuns() {
    }

    /** Records {@code scenario} with {@code seed} to its end (or to {@link #MAX_EVENTS} events). */
    public static RecordedRun record(Scenario scenario, long seed) {
        return record(scenario, seed, Watchdog.DEFAULT);
    }

    /**
     * Records {@code scenario} with {@code seed} under {@code watchdog}, the way the GUI's loader does
     * ({@link RunRecording}): a run the watchdog aborts, or that fails in the engine, is kept up to the
     * stop and the returned run's {@link RecordedRun#stopped()} says when and why, so the caller can
     * warn that the figure shows only the part before.
     */
    public static RecordedRun record(Scenario scenario, long seed, Watchdog watchdog) {
        ScenarioRunSource source = new ScenarioRunSource(scenario, seed, watchdog);
        return RunRecording.record(source, source.topology(), CHUNK, MAX_EVENTS, () -> false, (s, n) -> { });
    }

    /**
     * The warning for a run that stopped early, e.g. "warning: the run stopped at t = 1.234 ms: reason;
     * the figure shows the part before"; empty for a run recorded to its end. {@code which} names the
     * run ("the run", "the run of l4lb-mptcp-fixed").
     */
    public static Optional<String> stopWarning(RecordedRun run, String which) {
        return run.stopped().map(s -> String.format(Locale.ROOT, "warning: %s stopped at t = %.3f ms: %s%s; "
                + "the figure shows the part before", which, s.time() / 1e6, s.reason(),
                s.bug() ? " (" + RunStop.REPORT_IT + ")" : ""));
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
