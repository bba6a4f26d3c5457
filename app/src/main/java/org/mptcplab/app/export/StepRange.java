package org.mptcplab.app.export;

/**
 * Playback steps {@code from..to}, both included. A step is the playback cursor index (the number the
 * playback bar shows), so re-opening an export at its step lands on the same picture.
 *
 * @param from first step, at least -1 (before the first event)
 * @param to   last step, at least {@code from}
 */
public record StepRange(int from, int to) {

    public StepRange {
        if (from < -1 || to < from) {
            throw new IllegalArgumentException("bad step range " + from + ".." + to);
        }
    }

    /** Just step {@code step}. */
    public static StepRange single(int step) {
        return new StepRange(step, step);
    }

    /** Number of steps in the range. */
    public int count() {
        return to - from + 1;
    }
}
