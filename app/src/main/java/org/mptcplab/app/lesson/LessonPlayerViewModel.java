package org.mptcplab.app.lesson;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.Question;
import org.mptcplab.lessons.model.QuestionType;
import org.mptcplab.lessons.model.Step;
import org.mptcplab.lessons.play.Exercises;
import org.mptcplab.lessons.play.LessonPlayer;
import org.mptcplab.lessons.play.PointNotReachedException;
import org.mptcplab.lessons.play.StepState;

/**
 * One lesson being played: the current step (run headlessly by {@link LessonPlayer} to its point),
 * the question gate and the saved progress. The gate is closed while the step's question is open:
 * {@link #next()} refuses to move on and the run view may not go past the step's point. Answers come
 * from the engine's run, never from the lesson file. Uses JavaFX properties only, so it is tested
 * without a window.
 */
public final class LessonPlayerViewModel {
    private final Lesson lesson;
    private final ProgressStore store;
    private final String student;
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<StepState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AnswerState> answerState = new ReadOnlyObjectWrapper<>(AnswerState.NO_QUESTION);
    private final ReadOnlyStringWrapper given = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper gateClosed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final Executor background;
    private final Executor fx;
    /** Counts step changes, so a play that finishes after the student moved on is dropped. */
    private int generation;
    private LessonProgress progress;

    /**
     * Opens {@code lesson} where {@code store} says the student left it.
     *
     * @param student whose progress and exercise seed ({@link Exercises#seedFor}) this is
     */
    public LessonPlayerViewModel(Lesson lesson, ProgressStore store, String student) {
        this(lesson, store, student, Runnable::run, Runnable::run);
    }

    /**
     * As above, running each step's headless play on {@code background} and applying its result on
     * {@code fx} (the FX thread in the app), so the engine never blocks the window.
     */
    public LessonPlayerViewModel(Lesson lesson, ProgressStore store, String student, Executor background,
            Executor fx) {
        this.lesson = lesson;
        this.store = store;
        this.student = student;
        this.background = background;
        this.fx = fx;
        ProgressRead read = store.load(lesson.id(), lesson.steps().size());
        progress = read.progress();
        show(progress.step());
        if (!read.notice().isEmpty()) {
            notice.set(read.notice());
        } else if (progress.step() > 0 || !progress.answers().isEmpty()) {
            notice.set("Resumed at step " + (progress.step() + 1) + " of " + lesson.steps().size() + ".");
        }
    }

    /** Moves to the next step; refused (false, with a notice) while the gate is closed or at the end. */
    public boolean next() {
        if (gateClosed.get()) {
            notice.set("Answer the question (or reveal the answer) before moving on.");
            return false;
        }
        if (stepIndex.get() + 1 >= lesson.steps().size()) {
            notice.set("That was the last step of this lesson.");
            return false;
        }
        goTo(stepIndex.get() + 1);
        return true;
    }

    /** What a clicker's "next" does: reveals an open question first, else moves on. */
    public boolean advance() {
        if (gateClosed.get() && state.get() == null) {
            notice.set("The step is still being simulated; press again in a moment.");
            return false;
        }
        if (gateClosed.get()) {
            reveal();
            return true;
        }
        return next();
    }

    /** Moves to the previous step (always allowed); false at the first step. */
    public boolean previous() {
        if (stepIndex.get() <= 0) {
            return false;
        }
        goTo(stepIndex.get() - 1);
        return true;
    }

    /** Shows step {@code index} and remembers it as the place to resume. */
    public void goTo(int index) {
        if (index < 0 || index >= lesson.steps().size()) {
            throw new IndexOutOfBoundsException("no step " + index + " in a lesson of " + lesson.steps().size());
        }
        show(index);
        progress = progress.atStep(index);
        save();
    }

    /**
     * Grades a choice or value answer against the answer computed from the run, shows the feedback
     * and opens the gate, right or wrong (the feedback reveals the answer). A settled question keeps
     * its first answer.
     */
    public AnswerState answer(String text) {
        Question q = question().orElseThrow(() -> new IllegalStateException("this step asks nothing"));
        if (q.type() == QuestionType.EXERCISE) {
            throw new IllegalStateException("exercises are answered with checkExercise");
        }
        if (answerState.get().settled() || state.get() == null) {
            return answerState.get();
        }
        if (text == null || text.isBlank()) {
            notice.set("Type or pick an answer first.");
            return answerState.get();
        }
        String computed = state.get().answer().orElseThrow();
        boolean right = LessonPlayer.isCorrect(state.get(), text);
        settle(new SavedAnswer(text.strip(), right ? AnswerState.CORRECT : AnswerState.WRONG,
                q.feedback().render(right, computed)));
        return answerState.get();
    }

    /**
     * Checks an exercise by re-running the engine with the student's port and seed. A right port opens
     * the gate; a wrong one shows where the JOIN landed and leaves the gate closed for another try.
     * The run happens in the background; its outcome arrives through the properties.
     *
     * @return false (with a notice) when {@code portText} is not a port, true once the check started
     */
    public boolean checkExercise(String portText) {
        question().filter(q -> q.type() == QuestionType.EXERCISE)
                .orElseThrow(() -> new IllegalStateException("this step has no exercise"));
        int port = AnswerTexts.port(portText);
        if (port < 0) {
            notice.set("A port is a whole number from 1 to 65535.");
            return false;
        }
        Step step = step();
        notice.set("Running the scenario with source port " + port + "\u2026");
        offThread(() -> Exercises.check(step, student, port), r -> {
            if (r.correct()) {
                settle(new SavedAnswer(String.valueOf(port), AnswerState.CORRECT, r.feedback()));
            } else if (!answerState.get().settled()) {
                given.set(String.valueOf(port));
                feedback.set(r.feedback());
                notice.set("Port " + port + " sends the JOIN to " + r.landedOn() + ". Try another one, or reveal.");
            }
        });
        return true;
    }

    /** Runs {@code work} (an engine run) in the background and hands its result to {@code then} on the FX side. */
    private <T> void offThread(Supplier<T> work, Consumer<T> then) {
        int mine = generation;
        background.execute(() -> {
            T result = work.get();
            fx.execute(() -> {
                // Dropped when the student moved to another step meanwhile.
                if (mine == generation) {
                    then.accept(result);
                }
            });
        });
    }

    /** Shows the answer without an attempt and opens the gate. */
    public void reveal() {
        if (question().isEmpty() || state.get() == null || answerState.get().settled()) {
            return;
        }
        Step step = step();
        StepState s = state.get();
        if (step.question().type() != QuestionType.EXERCISE) {
            settle(new SavedAnswer("", AnswerState.REVEALED, AnswerTexts.reveal(step, s, student)));
            return;
        }
        // An exercise's reveal searches for a working port: several engine runs.
        offThread(() -> AnswerTexts.reveal(step, s, student), text -> {
            if (!answerState.get().settled()) {
                settle(new SavedAnswer("", AnswerState.REVEALED, text));
            }
        });
    }

    /** Shows {@code sentence} in the status line (e.g. what happened to a link). */
    public void tell(String sentence) {
        notice.set(sentence);
    }

    private void settle(SavedAnswer a) {
        progress = progress.withAnswer(stepIndex.get(), a);
        apply(a);
        notice.set(AnswerTexts.settled(a.outcome()));
        save();
    }

    private void show(int index) {
        int mine = ++generation;
        Step step = lesson.steps().get(index);
        notice.set("");
        stepIndex.set(index);
        // No state while the step plays: the question stays hidden and the gate closed until it arrives.
        state.set(null);
        SavedAnswer saved = progress.answers().get(index);
        if (saved != null && step.question() != null) {
            apply(saved);
        } else {
            given.set("");
            feedback.set("");
            answerState.set(step.question() == null ? AnswerState.NO_QUESTION : AnswerState.OPEN);
            gateClosed.set(answerState.get() == AnswerState.OPEN);
        }
        background.execute(() -> {
            StepState s = null;
            String failure = null;
            try {
                s = LessonPlayer.play(step, index);
            } catch (PointNotReachedException | IllegalArgumentException e) {
                // A lesson file that passed the loader but not the checker: say so instead of crashing.
                failure = "Step " + (index + 1) + " cannot be played: " + e.getMessage();
            }
            StepState played = s;
            String why = failure;
            fx.execute(() -> arrived(mine, played, why));
        });
    }

    private void arrived(int mine, StepState s, String failure) {
        if (mine != generation) {
            return;
        }
        state.set(s);
        if (s == null) {
            answerState.set(AnswerState.NO_QUESTION);
            gateClosed.set(false);
            notice.set(failure);
        }
    }

    private void apply(SavedAnswer a) {
        given.set(a.given());
        feedback.set(a.feedback());
        answerState.set(a.outcome());
        gateClosed.set(false);
    }

    private void save() {
        String failed = store.save(progress);
        if (!failed.isEmpty()) {
            notice.set(failed);
        }
    }

    /** The step shown. */
    public Step step() {
        return lesson.steps().get(stepIndex.get());
    }

    /** The step's question, if it has one. */
    public Optional<Question> question() {
        return Optional.ofNullable(step().question());
    }

    /** The lesson played. */
    public Lesson lesson() {
        return lesson;
    }

    /** Whose progress and exercise seed this is. */
    public String student() {
        return student;
    }

    /** The progress as saved last. */
    public LessonProgress progress() {
        return progress;
    }

    /** A line such as "Step 2 of 5". */
    public String position() {
        return "Step " + (stepIndex.get() + 1) + " of " + lesson.steps().size();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public int getStepIndex() {
        return stepIndex.get();
    }

    /** The headless run of the step at its point; null while it plays or when the step cannot be played. */
    public ReadOnlyObjectProperty<StepState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public StepState getState() {
        return state.get();
    }

    public ReadOnlyObjectProperty<AnswerState> answerStateProperty() {
        return answerState.getReadOnlyProperty();
    }

    public AnswerState getAnswerState() {
        return answerState.get();
    }

    /** The answer the student gave (or the last port tried). */
    public ReadOnlyStringProperty givenProperty() {
        return given.getReadOnlyProperty();
    }

    /** Feedback in the narration Markdown subset; empty before an answer. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public String getFeedback() {
        return feedback.get();
    }

    /** True while the question is open: neither the lesson nor the run may go past the step's point. */
    public ReadOnlyBooleanProperty gateClosedProperty() {
        return gateClosed.getReadOnlyProperty();
    }

    public boolean isGateClosed() {
        return gateClosed.get();
    }

    /** One sentence for the status line. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public String getNotice() {
        return notice.get();
    }
}
