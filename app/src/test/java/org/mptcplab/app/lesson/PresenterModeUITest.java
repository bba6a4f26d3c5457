package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presenter mode: full screen without list and inspectors, clicker keys, blank screen, pointer spot. */
class PresenterModeUITest {
    @TempDir
    Path progress;
    private LessonUi ui;

    @BeforeEach
    void open() throws TimeoutException {
        ui = new LessonUi().open(progress);
        ui.robot.interact(() -> ui.window.setPresenter(true));
        ui.robot.clickOn("#step-position");
    }

    @AfterEach
    void close() throws TimeoutException {
        ui.close();
    }

    @Test
    void presenterModeGoesFullScreenInHighContrastWithoutListOrInspectors() {
        assertThat(ui.window.stage().isFullScreen()).isTrue();
        assertThat(ui.window.stage().getScene().getStylesheets()).anyMatch(s -> s.endsWith("high-contrast.css"));
        assertThat(ui.window.layer().getStyleClass()).contains("presenter");
        assertThat(ui.window.workspace().getLeft()).isNull();
        assertThat(ui.player().isInspectorsShown()).isFalse();

        ui.robot.type(KeyCode.I);

        assertThat(ui.player().isInspectorsShown()).isTrue();
        assertThat(ui.window.workspace().getLeft()).isNotNull();
    }

    @Test
    void pageDownAndRightRevealAnOpenQuestionThenMoveOnAndPageUpAndLeftGoBack() throws TimeoutException {
        ui.robot.type(KeyCode.PAGE_DOWN);
        assertThat(ui.model().getStepIndex()).isZero();
        assertThat(ui.model().getAnswerState()).isEqualTo(AnswerState.REVEALED);
        ui.robot.type(KeyCode.PAGE_DOWN);
        assertThat(ui.model().getStepIndex()).isEqualTo(1);
        ui.waitForPoint();
        ui.robot.type(KeyCode.RIGHT);
        assertThat(ui.model().getAnswerState()).isEqualTo(AnswerState.REVEALED);
        ui.robot.type(KeyCode.RIGHT);
        assertThat(ui.model().getStepIndex()).isEqualTo(2);

        ui.robot.type(KeyCode.LEFT);
        assertThat(ui.model().getStepIndex()).isEqualTo(1);
        ui.robot.type(KeyCode.PAGE_UP);
        assertThat(ui.model().getStepIndex()).isZero();
        assertThat(ui.robot.lookup("#step-position").queryLabeled().getText()).startsWith("Step 1 of 5");
    }

    @Test
    void bBlanksTheScreenAndBringsItBack() {
        assertThat(ui.robot.lookup("#presenter-blank").query().isVisible()).isFalse();

        ui.robot.type(KeyCode.B);
        assertThat(ui.robot.lookup("#presenter-blank").query().isVisible()).isTrue();
        ui.robot.type(KeyCode.B);

        assertThat(ui.robot.lookup("#presenter-blank").query().isVisible()).isFalse();
    }

    @Test
    void pTogglesAPointerSpotThatFollowsTheMouse() {
        assertThat(ui.window.layer().spot().isVisible()).isFalse();

        ui.robot.type(KeyCode.P);
        Point2D target = ui.window.layer().localToScreen(300, 200);
        ui.robot.moveTo(target);

        assertThat(ui.window.layer().spot().isVisible()).isTrue();
        assertThat(ui.window.layer().spot().getCenterX()).isCloseTo(300, org.assertj.core.data.Offset.offset(2.0));
        assertThat(ui.window.layer().spot().getCenterY()).isCloseTo(200, org.assertj.core.data.Offset.offset(2.0));
        ui.robot.type(KeyCode.P);
        assertThat(ui.window.layer().spot().isVisible()).isFalse();
    }
}
