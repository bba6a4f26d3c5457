package org.mptcplab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.RunStop;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Watchdog;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/** Recording for exports: a run the watchdog stops keeps its first part and says when and why. */
class ExportRunsTest {
    private static final Scenario PLAIN = load("l4lb-mptcp-plain");

    private static Scenario load(String id) {
        try {
            return ScenarioLoader.builtIn(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAbortedRunIsRecordedUpToTheStopWithItsReason() {
        RecordedRun small = ExportRuns.record(PLAIN, PLAIN.seed(), Watchdog.withBudget(400));
        RecordedRun larger = ExportRuns.record(PLAIN, PLAIN.seed(), Watchdog.withBudget(2_000));

        RunStop stop = small.stopped().orElseThrow();
        assertThat(stop.bug()).isFalse();
        assertThat(stop.reason()).contains("event budget of 400 events");
        assertThat(small.events()).isNotEmpty();
        assertThat(stop.time()).isGreaterThanOrEqualTo(small.events().get(small.events().size() - 1).time());
        // Same seed, same run: the shorter recording is the start of the longer one.
        assertThat(larger.events()).startsWith(small.events().toArray(new TraceEvent[0]));
        assertThat(larger.events().size()).isGreaterThan(small.events().size());
    }

    @Test
    void theWarningNamesTimeAndReasonAndSaysWhatTheFigureShows() {
        RecordedRun small = ExportRuns.record(PLAIN, PLAIN.seed(), Watchdog.withBudget(400));
        RunStop stop = small.stopped().orElseThrow();

        String warning = ExportRuns.stopWarning(small, "the run").orElseThrow();

        assertThat(warning).isEqualTo(String.format(java.util.Locale.ROOT,
                "warning: the run stopped at t = %.3f ms: %s; the figure shows the part before",
                stop.time() / 1e6, stop.reason()));
        assertThat(warning).doesNotContain("\n");
    }

    @Test
    void aRunRecordedToItsEndHasNoStopAndNoWarning() {
        RecordedRun full = ExportRuns.record(PLAIN, PLAIN.seed());

        assertThat(full.stopped()).isEmpty();
        assertThat(ExportRuns.stopWarning(full, "the run")).isEmpty();
        assertThat(full.events()).hasSizeLessThanOrEqualTo(ExportRuns.MAX_EVENTS).isNotEmpty();
    }
}
