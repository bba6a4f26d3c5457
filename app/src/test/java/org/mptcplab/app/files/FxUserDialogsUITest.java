package org.mptcplab.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The JavaFX question dialog: a button per choice, Enter picks the first, Escape answers nothing. */
class FxUserDialogsUITest {
    private final FxRobot robot = new FxRobot();
    private final Question question = new Question("file-changed", "File changed on disk", "x.json changed.",
            List.of("Keep mine", "Reload"));
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

    private CompletableFuture<Optional<String>> asked() {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.ask(question)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void clickingAChoiceAnswersIt() throws Exception {
        CompletableFuture<Optional<String>> answer = asked();

        robot.clickOn("Reload");

        assertThat(answer.get(10, TimeUnit.SECONDS)).contains("Reload");
    }

    @Test
    void enterPicksTheFirstSafeChoice() throws Exception {
        CompletableFuture<Optional<String>> answer = asked();
        assertThat(robot.lookup("Keep mine").queryAs(Button.class).isDefaultButton()).isTrue();

        robot.type(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).contains("Keep mine");
    }

    @Test
    void escapeClosesWithoutAnAnswer() throws Exception {
        CompletableFuture<Optional<String>> answer = asked();

        robot.type(KeyCode.ESCAPE);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
