package org.mptcplab.app.export.gui;

import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.lessons.scenario.ScenarioLoadException;

/** Built-in scenarios recorded as the Run view records them, for the tests of this package. */
final class RecordedRuns {
    private RecordedRuns() {
    }

    /** {@code id} recorded to its end. */
    static RecordedRun builtIn(String id) throws ScenarioLoadException {
        return RecordedRun.record(ScenarioRunSource.builtIn(id), 5_000);
    }

    /** A snapshot of {@code run} at {@code step}. */
    static RunSnapshot at(RecordedRun run, int step) {
        ScenarioRunSource s = (ScenarioRunSource) run.source();
        return new RunSnapshot(run, s.scenario(), s.seed(), step, null);
    }
}
