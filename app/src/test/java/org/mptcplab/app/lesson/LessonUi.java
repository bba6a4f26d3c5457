package org.mptcplab.app.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.mptcplab.assets.Themes;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a lesson window on a progress folder for the UI tests, with fakes for the link dialog and browser. */
final class LessonUi {
    static final String LESSON = "join-breaks-behind-lb";
    private static final Executor BACKGROUND = task -> {
        Thread t = new Thread(task, "test-step-run");
        t.setDaemon(true);
        t.start();
    };
    final List<String> confirmed = new ArrayList<>();
    final List<String> browsed = new ArrayList<>();
    final FxRobot robot = new FxRobot();
    LessonWindow window;

    /** A fresh window ("restart") on {@code progress}, the lesson open and its step run loaded. */
    LessonUi open(Path progress) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        // A stage of its own: other UI tests bind the primary stage's title.
        FxToolkit.setupFixture(() -> {
            window = new LessonWindow(new Stage(), new ProgressStore(progress), "ada", Themes.LIGHT, url -> {
                confirmed.add(url);
                return true;
            }, browsed::add, BACKGROUND);
            window.openLesson(LESSON);
            window.show();
        });
        waitForPoint();
        return this;
    }

    /** Waits until the shown step's run is recorded and opened at its point. */
    void waitForPoint() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> player().run().pointProperty().get() >= 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    LessonPlayerPane player() {
        return window.workspace().player();
    }

    LessonPlayerViewModel model() {
        return player().model();
    }

    void close() throws TimeoutException {
        robot.interact(() -> window.workspace().close());
        robot.interact(() -> window.setPresenter(false));
        robot.interact(() -> window.stage().close());
        FxToolkit.cleanupStages();
    }
}
