package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.Step;
import org.mptcplab.lessons.play.LessonPlayer;

/** The player's view-model without a window: gate, grading, reveal, resume, damaged progress. */
class LessonPlayerViewModelTest {
    private static final String STUDENT = "ada";
    @TempDir
    Path dir;
    private Lesson lesson;
    private ProgressStore store;

    @BeforeEach
    void load() throws Exception {
        lesson = LessonLoader.bundled("join-breaks-behind-lb");
        store = new ProgressStore(dir);
    }

    @Test
    void anOpenQuestionClosesTheGateAndNextIsRefused() {
        LessonPlayerViewModel vm = new LessonPlayerViewModel(lesson, store, STUDENT);

        assertThat(vm.getAnswerState()).isEqualTo(AnswerState.OPEN);
        assertThat(vm.isGateClosed()).isTrue();
        assertThat(vm.next()).isFalse();
        assertThat(vm.getStepIndex()).isZero();
        assertThat(vm.getNotice()).contains("Answer the question");
    }

    @Test
    void theRightChoiceIsGradedFromTheRunAndOpensTheGate() {
        LessonPlayerViewModel vm = new LessonPlayerViewModel(lesson, store, STUDENT);
        vm.goTo(1);
        String computed = engineAnswer(1);

        assertThat(vm.answer(computed.toUpperCase())).isEqualTo(AnswerState.CORRECT);
        assertThat(vm.getFeedback()).isEqualTo(lesson.steps().get(1).question().feedback().render(true, computed));
        assertThat(vm.isGateClosed()).isFalse();
        assertThat(vm.next()).isTrue();
        assertThat(vm.getStepIndex()).isEqualTo(2);
    }

    @Test
    void aWrongChoiceShowsTheWrongFeedbackWithTheComputedAnswerAndReleasesTheGate() {
        LessonPlayerViewModel vm = new LessonPlayerViewModel(lesson, store, STUDENT);
        vm.goTo(1);
        String computed = engineAnswer(1);
        String wrong = lesson.steps().get(1).question().choices().stream().filter(c -> !c.equalsIgnoreCase(computed))
                .findFirst().orElseThrow();

        assertThat(vm.answer(wrong)).isEqualTo(AnswerState.WRONG);
        assertThat(vm.getFeedback()).contains("**" + computed + "**").contains("whatever the token says");
        assertThat(vm.isGateClosed()).isFalse();
        assertThat(vm.answer(computed)).as("the first answer stands").isEqualTo(AnswerState.WRONG);
    }

    @Test
    void revealShowsTheAnswerWithoutAnAttemptAndAdvanceRevealsBeforeMoving() {
        LessonPlayerViewModel vm = new LessonPlayerViewModel(lesson, store, STUDENT);

        assertThat(vm.advance()).isTrue();
        assertThat(vm.getStepIndex()).isZero();
        assertThat(vm.getAnswerState()).isEqualTo(AnswerState.REVEALED);
        assertThat(vm.getFeedback()).contains(engineAnswer(0));
        assertThat(vm.advance()).isTrue();
        assertThat(vm.getStepIndex()).isEqualTo(1);
    }

    @Test
    void reopeningResumesAtTheSavedStepWithAnswersRemembered() {
        LessonPlayerViewModel first = new LessonPlayerViewModel(lesson, store, STUDENT);
        first.answer(engineAnswer(0));
        first.next();
        String feedback0 = first.progress().answers().get(0).feedback();

        LessonPlayerViewModel again = new LessonPlayerViewModel(lesson, new ProgressStore(dir), STUDENT);

        assertThat(again.getStepIndex()).isEqualTo(1);
        assertThat(again.getNotice()).contains("Resumed at step 2");
        assertThat(again.isGateClosed()).isTrue();
        assertThat(again.previous()).isTrue();
        assertThat(again.getAnswerState()).isEqualTo(AnswerState.CORRECT);
        assertThat(again.givenProperty().get()).isEqualTo(engineAnswer(0));
        assertThat(again.getFeedback()).isEqualTo(feedback0);
        assertThat(again.isGateClosed()).isFalse();
    }

    @Test
    void aDamagedProgressFileStartsFreshWithANotice() throws Exception {
        Files.writeString(store.fileOf(lesson.id()),
                "{\"format\": 1, \"lesson\": \"join-breaks-behind-lb\", \"step\": 9");

        LessonPlayerViewModel vm = new LessonPlayerViewModel(lesson, store, STUDENT);

        assertThat(vm.getStepIndex()).isZero();
        assertThat(vm.getNotice()).contains("could not be used").contains("starting the lesson fresh");
        vm.answer(engineAnswer(0));
        assertThat(store.load(lesson.id(), lesson.steps().size()).notice()).as("the next save repairs it").isEmpty();
    }

    @Test
    void anExerciseIsCheckedByRerunningTheEngineWithTheStudentsSeed() {
        LessonPlayerViewModel vm = new LessonPlayerViewModel(lesson, store, STUDENT);
        int exercise = lesson.steps().size() - 1;
        vm.goTo(exercise);
        Step step = lesson.steps().get(exercise);
        int good = org.mptcplab.lessons.play.Exercises.solve(step, STUDENT).orElseThrow();
        int bad = good + 1;
        while (org.mptcplab.lessons.play.Exercises.check(step, STUDENT, bad).correct()) {
            bad++;
        }

        assertThat(vm.checkExercise(String.valueOf(bad))).isTrue();
        assertThat(vm.getAnswerState()).isEqualTo(AnswerState.OPEN);
        assertThat(vm.isGateClosed()).as("a wrong port leaves room for another try").isTrue();
        assertThat(vm.getFeedback()).contains("Try another port");
        assertThat(vm.checkExercise("not a port")).isFalse();
        assertThat(vm.getNotice()).contains("1 to 65535");
        assertThat(vm.checkExercise(" " + good + " ")).isTrue();
        assertThat(vm.getAnswerState()).isEqualTo(AnswerState.CORRECT);
        assertThat(vm.getFeedback()).contains("the connection's server");
        assertThat(vm.isGateClosed()).isFalse();
    }

    @Test
    void revealingAnExerciseNamesAPortThatWorksWithThisStudentsSeed() {
        LessonPlayerViewModel vm = new LessonPlayerViewModel(lesson, store, STUDENT);
        int exercise = lesson.steps().size() - 1;
        vm.goTo(exercise);
        int port = org.mptcplab.lessons.play.Exercises.solve(lesson.steps().get(exercise), STUDENT).orElseThrow();

        vm.reveal();

        assertThat(vm.getAnswerState()).isEqualTo(AnswerState.REVEALED);
        assertThat(vm.getFeedback()).isEqualTo("One port that works with your seed: `" + port + "`.");
        assertThat(vm.isGateClosed()).isFalse();
    }

    private String engineAnswer(int index) {
        return LessonPlayer.play(lesson.steps().get(index), index).answer().orElseThrow();
    }
}
