package org.mptcplab.app.lesson;

/** Where a step's question stands; only {@link #OPEN} holds the gate closed. */
public enum AnswerState {
    /** The step asks nothing. */
    NO_QUESTION,
    /** Not answered yet: the run cannot move past the step's point and the lesson cannot move on. */
    OPEN,
    /** Answered right. */
    CORRECT,
    /** Answered wrong; the feedback reveals the computed answer. */
    WRONG,
    /** The answer was shown without an attempt (the "Reveal" button or the presenter's clicker). */
    REVEALED;

    /** Whether the answer is known to the student, so the run may go on past the point. */
    public boolean settled() {
        return this == CORRECT || this == WRONG || this == REVEALED;
    }
}
