package org.mptcplab.lessons.play;

/**
 * The outcome of a student's exercise attempt.
 *
 * @param correct  whether the goal holds
 * @param landedOn the host the JOIN (or connection) reached, or "nowhere"
 * @param feedback the lesson's feedback with {@code {answer}} replaced by {@code landedOn}
 */
public record ExerciseResult(boolean correct, String landedOn, String feedback) {
}
