package org.mptcplab.app.lesson;

import java.util.Objects;

/**
 * What the student did with one step's question, as remembered in the progress file.
 *
 * @param given    what the student answered (a choice, a value or a port); empty when revealed unanswered
 * @param outcome  how it ended
 * @param feedback the feedback shown (narration Markdown), so a resumed lesson shows it again
 */
public record SavedAnswer(String given, AnswerState outcome, String feedback) {
    /** Requires a settled outcome: an open question is not saved. */
    public SavedAnswer {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(feedback, "feedback");
        if (outcome != AnswerState.CORRECT && outcome != AnswerState.WRONG && outcome != AnswerState.REVEALED) {
            throw new IllegalArgumentException("only settled answers are saved, not " + outcome);
        }
    }
}
