package org.mptcplab.app.lesson;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mptcplab.lessons.model.Question;
import org.mptcplab.lessons.model.QuestionType;
import org.mptcplab.lessons.model.Step;
import org.mptcplab.lessons.play.Exercises;
import org.mptcplab.lessons.play.LessonPlayer;
import org.mptcplab.lessons.play.StepState;

/**
 * The question of the step shown: its gate, the answer given, the grading and the feedback. Answers
 * are graded against the engine's run of the step, never the lesson file; exercises and an
 * exercise's reveal re-run the engine through {@link StepWork}. The {@link LessonPlayerViewModel} it
 * belongs to records settled answers in the progress and tells the notices.
 */
final class QuestionViewModel {
    private final LessonPlayerViewModel lesson;
    private final StepWork work;
    private final ReadOnlyObjectWrapper<AnswerState> answerState = new ReadOnlyObjectWrapper<>(AnswerState.NO_QUESTION);
    private final ReadOnlyStringWrapper given = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper gateClosed = new ReadOnlyBooleanWrapper();

    QuestionViewModel(LessonPlayerViewModel lesson, StepWork work) {
        this.lesson = lesson;
        this.work = work;
    }

    /** A step was shown: its saved answer, or an open gate when it asks something not answered yet. */
    void show(Step step, SavedAnswer saved) {
        if (saved != null && step.question() != null) {
            apply(saved);
            return;
        }
        given.set("");
        feedback.set("");
        answerState.set(step.question() == null ? AnswerState.NO_QUESTION : AnswerState.OPEN);
        gateClosed.set(answerState.get() == AnswerState.OPEN);
    }

    /** The step cannot be played: nothing to ask, nothing to hold back. */
    void unplayable() {
        answerState.set(AnswerState.NO_QUESTION);
        gateClosed.set(false);
    }

    /** See {@link LessonPlayerViewModel#answer(String)}. */
    AnswerState answer(String text) {
        Question q = lesson.question().orElseThrow(() -> new IllegalStateException("this step asks nothing"));
        if (q.type() == QuestionType.EXERCISE) {
            throw new IllegalStateException("exercises are answered with checkExercise");
        }
        StepState state = lesson.getState();
        if (answerState.get().settled() || state == null) {
            return answerState.get();
        }
        if (text == null || text.isBlank()) {
            lesson.tell("Type or pick an answer first.");
            return answerState.get();
        }
        String computed = state.answer().orElseThrow();
        boolean right = LessonPlayer.isCorrect(state, text);
        settle(new SavedAnswer(text.strip(), right ? AnswerState.CORRECT : AnswerState.WRONG,
                q.feedback().render(right, computed)));
        return answerState.get();
    }

    /** See {@link LessonPlayerViewModel#checkExercise(String)}. */
    boolean checkExercise(String portText) {
        lesson.question().filter(q -> q.type() == QuestionType.EXERCISE)
                .orElseThrow(() -> new IllegalStateException("this step has no exercise"));
        int port = AnswerTexts.port(portText);
        if (port < 0) {
            lesson.tell("A port is a whole number from 1 to 65535.");
            return false;
        }
        Step step = lesson.step();
        String student = lesson.student();
        lesson.tell("Running the scenario with source port " + port + "\u2026");
        work.run(() -> Exercises.check(step, student, port), r -> {
            if (r.correct()) {
                settle(new SavedAnswer(String.valueOf(port), AnswerState.CORRECT, r.feedback()));
            } else if (!answerState.get().settled()) {
                given.set(String.valueOf(port));
                feedback.set(r.feedback());
                lesson.tell("Port " + port + " sends the JOIN to " + r.landedOn() + ". Try another one, or reveal.");
            }
        }, why -> lesson.tell("The check with port " + port + " could not run: " + why));
        return true;
    }

    /** See {@link LessonPlayerViewModel#reveal()}. */
    void reveal() {
        StepState s = lesson.getState();
        if (lesson.question().isEmpty() || s == null || answerState.get().settled()) {
            return;
        }
        Step step = lesson.step();
        String student = lesson.student();
        if (step.question().type() != QuestionType.EXERCISE) {
            settle(new SavedAnswer("", AnswerState.REVEALED, AnswerTexts.reveal(step, s, student)));
            return;
        }
        // An exercise's reveal searches for a working port: several engine runs.
        work.run(() -> AnswerTexts.reveal(step, s, student), text -> {
            if (!answerState.get().settled()) {
                settle(new SavedAnswer("", AnswerState.REVEALED, text));
            }
        }, why -> lesson.tell("The answer could not be computed: " + why));
    }

    private void settle(SavedAnswer a) {
        lesson.recordAnswer(a);
        apply(a);
        lesson.tell(AnswerTexts.settled(a.outcome()));
        lesson.saveProgress();
    }

    private void apply(SavedAnswer a) {
        given.set(a.given());
        feedback.set(a.feedback());
        answerState.set(a.outcome());
        gateClosed.set(false);
    }

    ReadOnlyObjectProperty<AnswerState> answerStateProperty() {
        return answerState.getReadOnlyProperty();
    }

    ReadOnlyStringProperty givenProperty() {
        return given.getReadOnlyProperty();
    }

    ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty gateClosedProperty() {
        return gateClosed.getReadOnlyProperty();
    }
}
