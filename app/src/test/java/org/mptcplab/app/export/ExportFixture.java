package org.mptcplab.app.export;

import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/** A recorded built-in scenario and its metadata, as the command line would export it. */
record ExportFixture(Scenario scenario, RecordedRun run) {

    static ExportFixture of(String id) throws ScenarioLoadException {
        Scenario s = ScenarioLoader.builtIn(id);
        return new ExportFixture(s, ExportRuns.record(s, s.seed()));
    }

    ExportMetadata meta(ExportView view) {
        return ExportRuns.metadata(scenario, scenario.seed(), 0, view);
    }

    /** Index of the first event of {@code kind}. */
    int first(EventKind kind) {
        for (int i = 0; i < run.events().size(); i++) {
            if (EventKinds.of(run.events().get(i)) == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " event in " + scenario.id());
    }
}
