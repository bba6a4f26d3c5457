package org.mptcplab.app.lesson;

import org.mptcplab.lessons.model.Question;
import org.mptcplab.lessons.model.QuestionType;
import org.mptcplab.lessons.model.Step;
import org.mptcplab.lessons.play.Exercises;
import org.mptcplab.lessons.play.StepState;

/** The sentences the player shows around an answer; the answers themselves come from the run. */
final class AnswerTexts {
    private AnswerTexts() {
    }

    /**
     * What "Reveal the answer" shows: the computed answer and the lesson's explanation of it, or for an
     * exercise a port that works with the student's own seed (found by re-running the engine).
     */
    static String reveal(Step step, StepState state, String student) {
        Question q = step.question();
        if (q.type() == QuestionType.EXERCISE) {
            return Exercises.solve(step, student).stream()
                    .mapToObj(p -> "One port that works with your seed: `" + p + "`.").findFirst()
                    .orElse("No port between " + Exercises.FIRST_PORT + " and "
                            + (Exercises.FIRST_PORT + Exercises.PORTS_TRIED - 1) + " works with your seed.");
        }
        String answer = state.answer().orElseThrow();
        return "The run says **" + answer + "**.\n\n" + q.feedback().wrong().replace("{answer}", answer);
    }

    /** The status line once a question is settled. */
    static String settled(AnswerState outcome) {
        return switch (outcome) {
            case CORRECT -> "Right. The run may now go on past this point.";
            case WRONG -> "Not quite: the feedback explains why. The run may now go on past this point.";
            default -> "Answer revealed. The run may now go on past this point.";
        };
    }

    /** {@code text} as a TCP port, or -1 when it is not a whole number in 1..65535. */
    static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            return port >= 1 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
