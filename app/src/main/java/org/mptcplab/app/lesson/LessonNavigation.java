package org.mptcplab.app.lesson;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.Step;
import org.mptcplab.lessons.play.LessonPlayer;
import org.mptcplab.lessons.play.PointNotReachedException;
import org.mptcplab.lessons.play.StepState;

/**
 * Where the student is in a lesson and what is saved of it: the step shown, its headless play (run on
 * {@link StepWork}), moving between steps under the question gate, and the progress in the
 * {@link ProgressStore}. Part of {@link LessonPlayerViewModel}, which forwards to it. A step is played
 * once per player and its state kept (a few objects per step), so going back to it costs nothing.
 */
final class LessonNavigation {
    private final Lesson lesson;
    private final ProgressStore store;
    private final StepWork work;
    private final QuestionViewModel question;
    private final Consumer<String> notice;
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<StepState> state = new ReadOnlyObjectWrapper<>();
    /** Steps already played, by index: the engine is deterministic, so a step plays the same every time. */
    private final Map<Integer, StepState> played = new TreeMap<>();
    private LessonProgress progress;

    /** A step's headless play: its state, or why it cannot be played. */
    private record Played(StepState state, String failure) {
    }

    LessonNavigation(Lesson lesson, ProgressStore store, StepWork work, QuestionViewModel question,
            Consumer<String> notice) {
        this.lesson = lesson;
        this.store = store;
        this.work = work;
        this.question = question;
        this.notice = notice;
    }

    /** Opens the lesson where the store says the student left it, saying so. */
    void resume() {
        ProgressRead read = store.load(lesson.id(), lesson.steps().size());
        progress = read.progress();
        show(progress.step());
        if (!read.notice().isEmpty()) {
            notice.accept(read.notice());
        } else if (progress.step() > 0 || !progress.answers().isEmpty()) {
            notice.accept("Resumed at step " + (progress.step() + 1) + " of " + lesson.steps().size() + ".");
        }
    }

    /** See {@link LessonPlayerViewModel#next()}. */
    boolean next() {
        if (question.gateClosedProperty().get()) {
            notice.accept("Answer the question (or reveal the answer) before moving on.");
            return false;
        }
        if (stepIndex.get() + 1 >= lesson.steps().size()) {
            notice.accept("That was the last step of this lesson.");
            return false;
        }
        goTo(stepIndex.get() + 1);
        return true;
    }

    /** See {@link LessonPlayerViewModel#advance()}. */
    boolean advance() {
        boolean gated = question.gateClosedProperty().get();
        if (gated && state.get() == null) {
            notice.accept("The step is still being simulated; press again in a moment.");
            return false;
        }
        if (gated) {
            question.reveal();
            return true;
        }
        return next();
    }

    /** See {@link LessonPlayerViewModel#previous()}. */
    boolean previous() {
        if (stepIndex.get() <= 0) {
            return false;
        }
        goTo(stepIndex.get() - 1);
        return true;
    }

    /** See {@link LessonPlayerViewModel#goTo(int)}. */
    void goTo(int index) {
        if (index < 0 || index >= lesson.steps().size()) {
            throw new IndexOutOfBoundsException("no step " + index + " in a lesson of " + lesson.steps().size());
        }
        show(index);
        progress = progress.atStep(index);
        save();
    }

    /** Records a settled answer of the step shown (saved by {@link #save()}). */
    void recordAnswer(SavedAnswer a) {
        progress = progress.withAnswer(stepIndex.get(), a);
    }

    /** Saves the progress; a failure becomes the notice. */
    void save() {
        String failed = store.save(progress);
        if (!failed.isEmpty()) {
            notice.accept(failed);
        }
    }

    private void show(int index) {
        work.nextStep();
        Step step = lesson.steps().get(index);
        notice.accept("");
        stepIndex.set(index);
        // No state while the step plays: the question stays hidden and the gate closed until it arrives.
        state.set(null);
        question.show(step, progress.answers().get(index));
        StepState known = played.get(index);
        if (known != null) {
            arrived(new Played(known, null));
            return;
        }
        String cannot = "Step " + (index + 1) + " cannot be played: ";
        work.run(() -> {
            try {
                return new Played(LessonPlayer.play(step, index), null);
            } catch (PointNotReachedException | IllegalArgumentException e) {
                // A lesson file that passed the loader but not the checker: say so instead of crashing.
                return new Played(null, cannot + e.getMessage());
            }
        }, this::arrived, why -> arrived(new Played(null, cannot + why)));
    }

    private void arrived(Played p) {
        if (p.state() != null) {
            played.put(p.state().index(), p.state());
        }
        state.set(p.state());
        if (p.state() == null) {
            question.unplayable();
            notice.accept(p.failure());
        }
    }

    /** The step shown. */
    Step step() {
        return lesson.steps().get(stepIndex.get());
    }

    LessonProgress progress() {
        return progress;
    }

    ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<StepState> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
