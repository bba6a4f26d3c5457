package org.mptcplab.lessons.model;

/** What a student's parameter must achieve in an exercise. */
public enum ExerciseGoal implements Worded {
    /** The first MP_JOIN SYN is received by the target host. */
    JOIN_LANDS_ON("joinLandsOn"),
    /** The connection's first SYN is received by the target host. */
    CONNECTION_LANDS_ON("connectionLandsOn");

    private final String word;

    ExerciseGoal(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
