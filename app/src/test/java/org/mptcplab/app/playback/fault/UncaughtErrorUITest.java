package org.mptcplab.app.playback.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An exception thrown by a button's handler on the FX thread ends in the dialog, and the window goes on. */
class UncaughtErrorUITest {
    private final FxRobot robot = new FxRobot();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger clicks = new AtomicInteger();
    private Thread.UncaughtExceptionHandler previous;

    @BeforeEach
    void open() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        UncaughtErrorHandler handler = new UncaughtErrorHandler(dialogs, Platform::runLater,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        robot.interact(() -> {
            previous = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        });
        FxToolkit.setupStage(stage -> {
            Button broken = new Button("Broken");
            broken.setId("broken");
            broken.setOnAction(e -> {
                throw new IllegalStateException("handler bug");
            });
            Button working = new Button("Working");
            working.setId("working");
            working.setOnAction(e -> clicks.incrementAndGet());
            stage.setScene(new Scene(new HBox(broken, working), 300, 100));
            stage.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previous));
        FxToolkit.cleanupStages();
    }

    @Test
    void aHandlerThatThrowsShowsOneDialogAndTheWindowStillResponds() {
        robot.clickOn("#broken");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo(UncaughtErrorHandler.TITLE);
            assertThat(s.message()).startsWith("IllegalStateException: handler bug");
            assertThat(s.details()).contains("\tat ");
        });
        robot.clickOn("#working");
        assertThat(clicks).hasValue(1);
    }
}
