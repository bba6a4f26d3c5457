package org.mptcplab.lessons.model;

import java.util.List;
import java.util.Objects;

/**
 * A predict-then-reveal question or an exercise. For {@code choice} and {@code value} the answer is
 * the {@link Query} {@code answer}, evaluated on the run; for {@code exercise} it is {@code exercise}.
 */
public record Question(QuestionType type, String prompt, List<String> choices, Query answer, Exercise exercise,
        Feedback feedback) {
    /** Requires the parts each type needs. */
    public Question {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(feedback, "feedback");
        choices = List.copyOf(choices);
        boolean isExercise = type == QuestionType.EXERCISE;
        if (isExercise != (exercise != null) || isExercise == (answer != null)) {
            throw new IllegalArgumentException("an exercise needs an exercise and no answer, other questions an answer");
        }
    }
}
