package org.mptcplab.lessons.model;

/** The knob a student turns in an exercise; both are TCP ports (1..65535). */
public enum ExerciseParameter implements Worded {
    /** Source port of the initial subflow. */
    SOURCE_PORT("sourcePort"),
    /** Source port of the first MP_JOIN. */
    JOIN_SOURCE_PORT("joinSourcePort");

    private final String word;

    ExerciseParameter(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** {@code base} with this parameter set to {@code value}. */
    public Variant apply(Variant base, int value) {
        return this == SOURCE_PORT ? base.withSourcePort(value) : base.withJoinSourcePort(value);
    }
}
