package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.lessons.play.LessonPlayer;

/** The lesson player driven headlessly: answers, the gate, the reveal in the run, resume after a restart. */
class LessonPlayerUITest {
    @TempDir
    Path progress;
    private LessonUi ui;
    private final Map<Integer, String> answers = new HashMap<>();

    @AfterEach
    void close() throws TimeoutException {
        ui.close();
    }

    @Test
    void theRightChoiceShowsRightFeedbackReleasesTheGateAndSelectsTheHashDecision() throws Exception {
        ui = new LessonUi().open(progress);
        assertThat(ui.robot.lookup("#gate-label").queryLabeled().getText()).contains("Paused at the question");
        assertThat(ui.robot.lookup("#lesson-next").queryButton().isDisabled()).isTrue();

        ui.robot.clickOn("#choice-" + choiceIndex(0, true));

        assertThat(ui.robot.lookup("#answer-verdict").queryLabeled().getText()).contains("Right");
        assertThat(feedback()).contains(answer(0)).contains("now holds the connection");
        assertThat(ui.robot.lookup("#gate-label").queryLabeled().getText()).isEmpty();
        assertThat(ui.robot.lookup("#lesson-next").queryButton().isDisabled()).isFalse();
        assertThat(selected()).isInstanceOf(HashDecision.class);
    }

    @Test
    void aWrongChoiceExplainsWithTheComputedAnswerAndPointsAtTheJoinsHashDecision() throws Exception {
        ui = new LessonUi().open(progress);
        ui.robot.interact(() -> ui.model().goTo(1));
        ui.waitForPoint();

        ui.robot.clickOn("#choice-" + choiceIndex(1, false));

        assertThat(ui.robot.lookup("#answer-verdict").queryLabeled().getText()).contains("Not quite");
        assertThat(feedback()).contains("The hash of the new 5-tuple picks " + answer(1));
        assertThat(ui.model().isGateClosed()).isFalse();
        assertThat(selected()).isInstanceOfSatisfying(HashDecision.class, d -> assertThat(d.packet().tcp().options())
                .anyMatch(MpJoinSyn.class::isInstance));
        assertThat(ui.robot.lookup("#choice-0").queryButton().isDisabled()).as("answered questions are locked")
                .isTrue();
    }

    @Test
    void theGateHoldsTheRunAtTheStepsPointUntilAnswered() throws Exception {
        ui = new LessonUi().open(progress);
        int point = ui.player().run().pointProperty().get();

        ui.robot.clickOn("#step-position");
        ui.robot.type(KeyCode.RIGHT, 3);
        ui.robot.clickOn("#run-play");
        ui.robot.interact(() -> ui.player().run().tick(5_000_000_000L));

        assertThat(ui.player().run().playback().getCursor()).isEqualTo(point);
        ui.robot.clickOn("#reveal-answer");
        ui.robot.interact(() -> ui.player().run().toPoint());
        ui.robot.clickOn("#step-position");
        ui.robot.type(KeyCode.RIGHT, 2);
        assertThat(ui.player().run().playback().getCursor()).isEqualTo(point + 2);
    }

    @Test
    void aRestartResumesAtTheSavedStepWithTheAnswerRemembered() throws Exception {
        ui = new LessonUi().open(progress);
        ui.robot.clickOn("#choice-" + choiceIndex(0, true));
        ui.robot.clickOn("#lesson-next");
        assertThat(ui.model().getStepIndex()).isEqualTo(1);
        ui.close();

        ui = new LessonUi().open(progress);

        assertThat(ui.model().getStepIndex()).isEqualTo(1);
        assertThat(ui.robot.lookup("#step-position").queryLabeled().getText()).startsWith("Step 2 of 5");
        assertThat(ui.robot.lookup("#lesson-notice").queryLabeled().getText()).contains("Resumed at step 2");
        ui.robot.clickOn("#lesson-previous");
        ui.waitForPoint();
        assertThat(ui.robot.lookup("#answer-verdict").queryLabeled().getText()).contains("Right");
        assertThat(feedback()).contains(answer(0));
        Button chosen = ui.robot.lookup("#choice-" + choiceIndex(0, true)).queryButton();
        assertThat(chosen.isDisabled()).isTrue();
        assertThat(chosen.getStyleClass()).contains("lesson-chosen");
    }

    private String answer(int step) {
        // The engine's answer, computed once per step: each play is a fresh run.
        return answers.computeIfAbsent(step,
                i -> LessonPlayer.play(ui.model().lesson().steps().get(i), i).answer().orElseThrow());
    }

    private int choiceIndex(int step, boolean right) {
        var choices = ui.model().lesson().steps().get(step).question().choices();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).equalsIgnoreCase(answer(step)) == right) {
                return i;
            }
        }
        throw new IllegalStateException("no such choice");
    }

    private String feedback() {
        return ui.robot.lookup("#feedback").queryAs(NarrationView.class).plainText();
    }

    private TraceEvent selected() {
        var p = ui.player().run().playback();
        assertThat(p.getSelectedIndex()).isGreaterThanOrEqualTo(0);
        return p.getEvents().get(p.getSelectedIndex());
    }
}
