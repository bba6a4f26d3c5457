package org.mptcplab.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An error with details shows the short message, and the details only once the expander is opened. */
class ErrorDetailsDialogUITest {
    private final FxRobot robot = new FxRobot();
    private FxUserDialogs dialogs;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new StackPane(), 400, 300));
            s.show();
        });
        Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
        dialogs = new FxUserDialogs(() -> owner);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theStackTraceSitsInACollapsedExpanderUnderTheShortMessage() throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            dialogs.showError("Something went wrong", "IllegalStateException: boom",
                    "java.lang.IllegalStateException: boom\n\tat somewhere(Here.java:1)");
            closed.complete(null);
        });
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(robot.lookup("#error-message").queryLabeled().getText()).isEqualTo("IllegalStateException: boom");
        assertThat(pane.isExpanded()).isFalse();
        assertThat(((TextArea) pane.getExpandableContent()).getText()).contains("\tat somewhere(Here.java:1)");
        robot.interact(() -> pane.setExpanded(true));
        assertThat(robot.lookup("#error-details").query().isVisible()).isTrue();

        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
        closed.get(10, TimeUnit.SECONDS);
    }
}
