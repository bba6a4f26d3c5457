package org.mptcplab.lessons.model;

import java.util.Objects;

/**
 * An exercise: the student picks {@code parameter} so that {@code goal} holds for {@code target}.
 * Each student runs with their own seed, so keys and ephemeral ports differ between students.
 */
public record Exercise(ExerciseGoal goal, String target, ExerciseParameter parameter) {
    /**
     * Target meaning "the server that holds the connection": with per-student seeds the initial
     * subflow's ephemeral port, hence its server, differs between students.
     */
    public static final String CONNECTION_SERVER = "@connection";

    /** Requires every part. */
    public Exercise {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(parameter, "parameter");
    }
}
