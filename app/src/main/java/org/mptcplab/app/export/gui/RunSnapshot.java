package org.mptcplab.app.export.gui;

import java.util.Objects;
import org.mptcplab.app.export.ExportMetadata;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioWriter;

/**
 * The run an export is made from, as the Run view shows it: the recorded trace, the scenario and seed
 * that produced it (null scenario for a hand-built demo run, which cannot be reopened) and the step
 * the playback cursor is on.
 *
 * @param run      the recorded run (as far as it was recorded)
 * @param scenario the scenario run, or null for a demo run
 * @param seed     the seed of the run
 * @param step     the playback cursor, -1 before the first event
 * @param partner  the second run of a compare window (the fix, beside {@code run}), or null
 */
public record RunSnapshot(RecordedRun run, Scenario scenario, long seed, int step, RecordedRun partner) {

    public RunSnapshot {
        Objects.requireNonNull(run, "run");
        if (step < -1 || step >= run.events().size()) {
            throw new IllegalArgumentException("step " + step + " outside a run of " + run.events().size());
        }
    }

    /** What {@code playback} shows of {@code source}. */
    public static RunSnapshot of(RunSource source, PlaybackViewModel playback) {
        RecordedRun run = new RecordedRun(source, playback.topologyProperty().get(), playback.getEvents());
        if (source instanceof ScenarioRunSource s) {
            return new RunSnapshot(run, s.scenario(), s.seed(), playback.getCursor(), null);
        }
        return new RunSnapshot(run, null, 0, playback.getCursor(), null);
    }

    /** This snapshot with {@code other} as the compare figure's second run. */
    public RunSnapshot withPartner(RecordedRun other) {
        return new RunSnapshot(run, scenario, seed, step, other);
    }

    /** Index of the last event, -1 for an empty run. */
    public int lastStep() {
        return run.events().size() - 1;
    }

    /** The scenario id, or the demo run's id. */
    public String id() {
        return scenario == null ? run.source().id() : scenario.id();
    }

    /**
     * The metadata an export of {@code view} carries at the current step. A demo run's metadata has
     * an empty scenario text; reopening such a file says why it cannot be reopened.
     */
    public ExportMetadata metadata(ExportView view, String appVersion) {
        String json = scenario == null ? "" : ScenarioWriter.toJson(scenario);
        return new ExportMetadata(id(), json, seed, step, view, appVersion);
    }
}
