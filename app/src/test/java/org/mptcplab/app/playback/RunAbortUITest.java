package org.mptcplab.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.shell.RunView;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Watchdog;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Run view survives a run that fails or aborts: the stop line shows under the playback bar, the
 * recorded part stays playable, and nothing reaches the FX thread's uncaught-exception handler.
 */
class RunAbortUITest {
    private static final RunSource DEMO = DemoRuns.clientRouterServer(1);
    private static final Executor BACKGROUND = task -> new Thread(task, "test-loader").start();
    private final FxRobot robot = new FxRobot();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private RunView view;

    @BeforeEach
    void watchTheFxThread() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            previous = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> {
            if (view != null) {
                view.close();
            }
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void aRunThatThrowsShowsTheStopLineAsABugAndItsRecordedPartStillScrubs() throws Exception {
        open(new FailingRunSource(DEMO, 12));

        assertThat(robot.lookup("#run-stop-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#run-stop-line").queryLabeled().getText()).startsWith("Run stopped at t = ")
                .contains(FailingRunSource.BUG).contains(RunStop.REPORT_IT);
        TitledPane details = robot.lookup("#run-stop-banner .titled-pane").queryAs(TitledPane.class);
        assertThat(details.isVisible()).isTrue();
        assertThat(details.isExpanded()).isFalse();
        assertThat(playback().getEvents()).hasSize(12);

        Slider scrubber = robot.lookup("#timeline-scrubber").queryAs(Slider.class);
        robot.interact(() -> scrubber.setValue(11));
        assertThat(playback().getCursor()).isEqualTo(11);
        assertThat(robot.lookup("#playback-position").queryLabeled().getText()).startsWith("event 12 / 12");
        robot.clickOn("#topology-view");
        robot.type(KeyCode.LEFT);
        assertThat(playback().getCursor()).isEqualTo(10);
        assertThat(uncaught).isEmpty();
    }

    @Test
    void aScenarioAbortedByItsWatchdogShowsTheReasonWithoutCallingItABug() throws Exception {
        Scenario s = ScenarioLoader.builtIn("l4lb-mptcp-plain");
        open(new ScenarioRunSource(s, s.seed(), Watchdog.withBudget(300)));

        String line = robot.lookup("#run-stop-line").queryLabeled().getText();
        assertThat(line).startsWith("Run stopped at t = ").contains("event budget of 300 events")
                .doesNotContain(RunStop.REPORT_IT);
        Node details = robot.lookup("#run-stop-banner .titled-pane").query();
        assertThat(details.isVisible()).isFalse();
        assertThat(playback().getEvents()).isNotEmpty();
        robot.interact(() -> playback().seek(playback().getEvents().size() - 1));
        assertThat(playback().canStepBackProperty().get()).isTrue();
        assertThat(uncaught).isEmpty();
    }

    @Test
    void aCleanRunShowsNoStopLine() throws Exception {
        open(DEMO);

        assertThat(robot.lookup("#run-stop-banner").query().isVisible()).isFalse();
        assertThat(playback().getStop()).isNull();
    }

    @Test
    void aRecordingThatFailsBeforeItsFirstEventKeepsTheRunShownSoFar() throws Exception {
        PlaybackViewModel vm = new PlaybackViewModel();
        RecordedRun shown = RecordedRun.record(DEMO, 1000);
        robot.interact(() -> {
            vm.load(shown);
            vm.seek(3);
        });
        RunSource broken = new FailingRunSource(DEMO, 0);
        RunSource unbuildable = new RunSource() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String title() {
                return "cannot even build";
            }

            @Override
            public TopologyModel topology() {
                throw new IllegalArgumentException("no such node: lb");
            }

            @Override
            public RunSession open() {
                return broken.open();
            }
        };

        robot.interact(() -> vm.open(unbuildable, BACKGROUND));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.getEvents()).containsExactlyElementsOf(shown.events());
        assertThat(vm.getCursor()).isEqualTo(3);
        assertThat(vm.getStop().bug()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Run stopped at t = 0.000 ms: IllegalArgumentException: "
                + "no such node: lb");
        assertThat(uncaught).isEmpty();
    }

    private void open(RunSource source) throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            view = new RunView(source, () -> { });
            stage.setScene(new Scene(view, 1200, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !playback().loadingProperty().get()
                && !playback().getEvents().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PlaybackViewModel playback() {
        return view.playback();
    }
}
