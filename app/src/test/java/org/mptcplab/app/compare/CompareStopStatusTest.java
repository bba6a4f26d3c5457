package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.IndexedRun;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.RunStop;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Watchdog;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/** The compare status line says which side's recording stopped early, when and why. */
class CompareStopStatusTest {

    @Test
    void theStatusLineNamesTheStoppedSideItsTimeAndReason() throws Exception {
        Scenario plain = ScenarioLoader.builtIn("l4lb-mptcp-plain");
        Scenario fixed = ScenarioLoader.builtIn("l4lb-mptcp-fixed");
        ComparePair pair = new ComparePair(new ScenarioRunSource(plain, plain.seed(), Watchdog.withBudget(400)),
                new ScenarioRunSource(fixed, plain.seed()), plain.title(), fixed.title());
        RecordedRun left = RecordedRun.record(pair.left(), 5_000);
        RecordedRun right = RecordedRun.record(pair.right(), 5_000);
        CompareViewModel vm = new CompareViewModel();

        vm.load(pair, IndexedRun.of(left), IndexedRun.of(right), CompareModel.of(left, right));

        RunStop stop = left.stopped().orElseThrow();
        assertThat(right.stopped()).isEmpty();
        assertThat(vm.messageProperty().get())
                .endsWith(String.format(Locale.ROOT, "; left side stopped at t = %.3f ms: %s", stop.time() / 1e6,
                        stop.reason()))
                .contains("event budget of 400 events")
                .doesNotContain("right side stopped");
    }

    @Test
    void runsRecordedToTheirEndAddNothing() {
        RecordedRun full = new RecordedRun(null, null, List.of());

        assertThat(CompareViewModel.stopNote("right", full)).isEmpty();
        assertThat(CompareViewModel.stopNote("right", new RecordedRun(null, null, List.of(),
                new RunStop(2_500_000, "stopped by the watchdog: x", false, ""))))
                .isEqualTo("; right side stopped at t = 2.500 ms: stopped by the watchdog: x");
    }
}
