package org.mptcplab.app.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.sim.Watchdog;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/** Recording a run that fails or aborts keeps what was recorded and says why it stopped. */
class RunRecordingTest {
    private static final RunSource DEMO = DemoRuns.clientRouterServer(1);
    private static final int CHUNK = 1;

    @Test
    void aSessionThatThrowsAfterNEventsKeepsThoseEventsAndReportsABug() {
        List<TraceEvent> full = RecordedRun.record(DEMO, CHUNK).events();
        int n = full.size() / 2;

        RecordedRun run = RecordedRun.record(new FailingRunSource(DEMO, n), CHUNK);

        assertThat(run.events()).containsExactlyElementsOf(full.subList(0, n));
        RunStop stop = run.stopped().orElseThrow();
        assertThat(stop.bug()).isTrue();
        assertThat(stop.reason()).isEqualTo("IllegalStateException: " + FailingRunSource.BUG);
        assertThat(stop.details()).contains("IllegalStateException").contains("FailingRunSource");
        assertThat(stop.line()).startsWith("Run stopped at t = ").contains(FailingRunSource.BUG)
                .endsWith(RunStop.REPORT_IT + ".");
        assertThat(stop.time()).isGreaterThanOrEqualTo(full.get(n - 1).time());
    }

    @Test
    void aWatchdogBudgetOnARealScenarioStopsTheRecordingAfterThePrefixOfTheFullRun() throws Exception {
        Scenario s = ScenarioLoader.builtIn("l4lb-mptcp-plain");
        List<TraceEvent> full = RecordedRun.record(new ScenarioRunSource(s, s.seed()), 500).events();

        RecordedRun run = RecordedRun.record(new ScenarioRunSource(s, s.seed(), Watchdog.withBudget(300)), 500);

        RunStop stop = run.stopped().orElseThrow();
        assertThat(stop.bug()).isFalse();
        assertThat(stop.reason()).contains("event budget of 300 events");
        assertThat(stop.details()).isEmpty();
        assertThat(stop.line()).startsWith("Run stopped at t = ").doesNotContain(RunStop.REPORT_IT);
        assertThat(run.events()).isNotEmpty().hasSizeLessThan(full.size());
        assertThat(run.events()).containsExactlyElementsOf(full.subList(0, run.events().size()));
        assertThat(stop.time()).isGreaterThanOrEqualTo(run.events().get(run.events().size() - 1).time());
    }

    @Test
    void anEngineSessionAbortedByItsWatchdogIsFinishedAndAdvancingAgainThrowsNothing() throws Exception {
        Scenario s = ScenarioLoader.builtIn("l4lb-tcp");
        ScenarioRun run = ScenarioRun.build(s, s.seed());
        run.simulator().setWatchdog(Watchdog.withBudget(50));
        TraceRecorder recorder = new TraceRecorder();
        run.addSink(recorder);
        EngineRunSession session = new EngineRunSession(run.simulator(), recorder, s.duration());

        List<TraceEvent> first = session.advance(1_000);

        assertThat(session.finished()).isTrue();
        assertThat(session.stopped()).hasValueSatisfying(stop -> assertThat(stop.bug()).isFalse());
        assertThat(first).containsExactlyElementsOf(recorder.events());
        assertThatCode(() -> assertThat(session.advance(1_000)).isEmpty()).doesNotThrowAnyException();
    }

    @Test
    void aStoppedRunLoadedInThePlaybackScrubsItsRecordedPartAndACleanRunClearsTheStop() {
        RecordedRun stopped = RecordedRun.record(new FailingRunSource(DEMO, 12), CHUNK);
        PlaybackViewModel vm = new PlaybackViewModel();

        vm.load(IndexedRun.of(stopped));

        assertThat(vm.getStop()).isEqualTo(stopped.stop());
        assertThat(vm.getEvents()).hasSize(12);
        vm.seek(11);
        assertThat(vm.canStepForwardProperty().get()).isFalse();
        vm.stepBack();
        assertThat(vm.getCursor()).isEqualTo(10);

        vm.load(RecordedRun.record(DEMO, CHUNK));
        assertThat(vm.getStop()).isNull();
    }

    @Test
    void aRunThatReachesItsEndHasNoStop() {
        assertThat(RecordedRun.record(DEMO, CHUNK).stopped()).isEmpty();
    }
}
