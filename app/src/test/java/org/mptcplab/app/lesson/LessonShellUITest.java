package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.files.JsonRecentFilesStore;
import org.mptcplab.app.shell.MptcpLabApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The shell's ways into the lesson player: {@code --lesson ID} and the welcome page's button. */
class LessonShellUITest {
    @TempDir
    Path config;
    private final FxRobot robot = new FxRobot();
    private Application application;
    private String before;

    @BeforeAll
    static void keepToolkitAlive() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @BeforeEach
    void isolateProgress() {
        // Progress files go to the test's folder, not the user's configuration.
        before = System.getProperty(JsonRecentFilesStore.CONFIG_DIR_PROPERTY);
        System.setProperty(JsonRecentFilesStore.CONFIG_DIR_PROPERTY, config.toString());
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> lessonStages().forEach(Stage::close));
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
        if (before == null) {
            System.clearProperty(JsonRecentFilesStore.CONFIG_DIR_PROPERTY);
        } else {
            System.setProperty(JsonRecentFilesStore.CONFIG_DIR_PROPERTY, before);
        }
    }

    @Test
    void theLessonOptionOpensThePlayerOnThatLesson() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(MptcpLabApplication.class, "--lesson=the-fix");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lessonStages().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#lesson-title").queryLabeled().getText()).startsWith("The fix");
        assertThat(robot.lookup("#step-position").queryLabeled().getText()).startsWith("Step 1 of 4");
    }

    @Test
    void theWelcomePagesButtonOpensTheLessonList() throws TimeoutException {
        Stage main = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(MptcpLabApplication.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.getProperties()).containsKey(LessonWindow.SHOW_DOCUMENT_KEY);

        robot.clickOn("#welcome-lessons");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lessonStages().isEmpty());

        assertThat(robot.lookup("#lesson-list").tryQuery()).isPresent();
        assertThat(robot.lookup("#lesson-message").queryLabeled().getText()).isEqualTo("Choose a lesson on the left.");
    }

    private static List<Stage> lessonStages() {
        return Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(s -> s.getTitle() != null && s.getTitle().contains("Lessons")).toList();
    }
}
