package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Watchdog;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A compare side whose run the watchdog aborts still loads its recorded part and says why it stopped. */
class CompareAbortUITest {
    private final FxRobot robot = new FxRobot();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private CompareView view;

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> {
            view.close();
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void anAbortedLeftRunIsComparedUpToItsStopAndItsBannerShowsTheReason() throws Exception {
        Scenario plain = ScenarioLoader.builtIn("l4lb-mptcp-plain");
        Scenario fixed = ScenarioLoader.builtIn("l4lb-mptcp-fixed");
        ComparePair pair = new ComparePair(new ScenarioRunSource(plain, plain.seed(), Watchdog.withBudget(400)),
                new ScenarioRunSource(fixed, plain.seed()), plain.title(), fixed.title());
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            previous = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        });
        FxToolkit.setupStage(stage -> {
            view = new CompareView(pair, task -> new Thread(task, "test-compare").start());
            stage.setScene(new Scene(view, 1280, 800));
            stage.show();
        });
        CompareViewModel m = view.model();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> m.pairProperty().get() != null
                && !m.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(m.left().getStop()).isNotNull();
        assertThat(m.right().getStop()).isNull();
        assertThat(m.left().getEvents()).isNotEmpty();
        assertThat(robot.lookup("#run-stop-banner-left").query().isVisible()).isTrue();
        assertThat(robot.lookup("#run-stop-banner-right").query().isVisible()).isFalse();
        assertThat(robot.lookup("#run-stop-banner-left #run-stop-line").queryLabeled().getText())
                .startsWith("Run stopped at t = ").contains("event budget of 400 events");
        assertThat(robot.lookup("#compare-status").queryLabeled().getText())
                .contains("; left side stopped at t = ").contains("event budget of 400 events")
                .doesNotContain("right side stopped");
        robot.interact(() -> m.seek(m.sizeProperty().get() - 1));
        assertThat(uncaught).isEmpty();
    }
}
