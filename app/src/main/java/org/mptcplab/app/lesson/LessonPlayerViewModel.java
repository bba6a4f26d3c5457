package org.mptcplab.app.lesson;

import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.Question;
import org.mptcplab.lessons.model.Step;
import org.mptcplab.lessons.play.Exercises;
import org.mptcplab.lessons.play.LessonPlayer;
import org.mptcplab.lessons.play.StepState;

/**
 * One lesson being played: the current step (run headlessly by {@link LessonPlayer} to its point),
 * navigation and the saved progress. It is the one view-model the lesson views bind to and forwards
 * to its parts: {@link LessonNavigation} (steps, their headless play, progress) and
 * {@link QuestionViewModel} (gate, grading, reveal, feedback), whose engine runs go through
 * {@link StepWork}. The gate is
 * closed while the step's question is open: {@link #next()} refuses to move on and the run view may
 * not go past the step's point. Answers come from the engine's run, never from the lesson file. Uses
 * JavaFX properties only, so it is tested without a window.
 */
public final class LessonPlayerViewModel {
    private final Lesson lesson;
    private final String student;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final QuestionViewModel question;
    private final LessonNavigation navigation;

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
        this.student = student;
        StepWork work = new StepWork(background, fx);
        this.question = new QuestionViewModel(this, work);
        this.navigation = new LessonNavigation(lesson, store, work, question, notice::set);
        navigation.resume();
    }

    /** Moves to the next step; refused (false, with a notice) while the gate is closed or at the end. */
    public boolean next() {
        return navigation.next();
    }

    /** What a clicker's "next" does: reveals an open question first, else moves on. */
    public boolean advance() {
        return navigation.advance();
    }

    /** Moves to the previous step (always allowed); false at the first step. */
    public boolean previous() {
        return navigation.previous();
    }

    /** Shows step {@code index} and remembers it as the place to resume. */
    public void goTo(int index) {
        navigation.goTo(index);
    }

    /**
     * Grades a choice or value answer against the answer computed from the run, shows the feedback
     * and opens the gate, right or wrong (the feedback reveals the answer). A settled question keeps
     * its first answer.
     */
    public AnswerState answer(String text) {
        return question.answer(text);
    }

    /**
     * Checks an exercise by re-running the engine with the student's port and seed. A right port opens
     * the gate; a wrong one shows where the JOIN landed and leaves the gate closed for another try.
     * The run happens in the background; its outcome arrives through the properties.
     *
     * @return false (with a notice) when {@code portText} is not a port, true once the check started
     */
    public boolean checkExercise(String portText) {
        return question.checkExercise(portText);
    }

    /** Shows the answer without an attempt and opens the gate. */
    public void reveal() {
        question.reveal();
    }

    /** Shows {@code sentence} in the status line (e.g. what happened to a link). */
    public void tell(String sentence) {
        notice.set(sentence);
    }

    /** Records a settled answer of the step shown in the progress (saved by {@link #saveProgress()}). */
    void recordAnswer(SavedAnswer a) {
        navigation.recordAnswer(a);
    }

    /** Saves the progress; a failure becomes the notice. */
    void saveProgress() {
        navigation.save();
    }

    /** The step shown. */
    public Step step() {
        return navigation.step();
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
        return navigation.progress();
    }

    /** A line such as "Step 2 of 5". */
    public String position() {
        return "Step " + (getStepIndex() + 1) + " of " + lesson.steps().size();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return navigation.stepIndexProperty();
    }

    public int getStepIndex() {
        return navigation.stepIndexProperty().get();
    }

    /** The headless run of the step at its point; null while it plays or when the step cannot be played. */
    public ReadOnlyObjectProperty<StepState> stateProperty() {
        return navigation.stateProperty();
    }

    public StepState getState() {
        return navigation.stateProperty().get();
    }

    public ReadOnlyObjectProperty<AnswerState> answerStateProperty() {
        return question.answerStateProperty();
    }

    public AnswerState getAnswerState() {
        return question.answerStateProperty().get();
    }

    /** The answer the student gave (or the last port tried). */
    public ReadOnlyStringProperty givenProperty() {
        return question.givenProperty();
    }

    /** Feedback in the narration Markdown subset; empty before an answer. */
    public ReadOnlyStringProperty feedbackProperty() {
        return question.feedbackProperty();
    }

    public String getFeedback() {
        return question.feedbackProperty().get();
    }

    /** True while the question is open: neither the lesson nor the run may go past the step's point. */
    public ReadOnlyBooleanProperty gateClosedProperty() {
        return question.gateClosedProperty();
    }

    public boolean isGateClosed() {
        return question.gateClosedProperty().get();
    }

    /** One sentence for the status line. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public String getNotice() {
        return notice.get();
    }
}
