package org.mptcplab.lessons.load;

/** Bounds on lesson files, so that a file from anywhere cannot make the app slow or huge. */
public final class LessonLimits {
    /** Largest lesson file accepted. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Deepest JSON nesting; lessons use five levels. */
    public static final int MAX_DEPTH = 16;
    /** Most steps per lesson. */
    public static final int MAX_STEPS = 60;
    /** Most items in a small list (goals, choices, nodes, fields). */
    public static final int MAX_ITEMS = 12;
    /** Longest one-line text (title, goal, prompt, choice). */
    public static final int MAX_LINE = 300;
    /** Longest narration or feedback text. */
    public static final int MAX_NARRATION = 4000;
    /** Highest ordinal in {@code runTo.nth}. */
    public static final int MAX_NTH = 1000;
    /** Latest {@code at.time}: one simulated minute. */
    public static final long MAX_TIME_NANOS = 60_000_000_000L;

    private LessonLimits() {
    }
}
