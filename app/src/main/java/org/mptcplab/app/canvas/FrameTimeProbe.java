package org.mptcplab.app.canvas;

import javafx.animation.AnimationTimer;

/**
 * Records the interval between consecutive animation pulses. JavaFX runs one pulse per frame and
 * skips pulses while the previous frame is still being prepared or rendered, so the intervals are
 * the frame times the user sees (16.7 ms at 60 fps). Keeps at most {@code capacity} intervals and
 * allocates nothing per frame, so it does not disturb what it measures.
 */
public final class FrameTimeProbe extends AnimationTimer {
    private final long[] intervals;
    private int count;
    private long last = -1;

    /** A probe keeping up to {@code capacity} intervals. */
    public FrameTimeProbe(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        intervals = new long[capacity];
    }

    @Override
    public void handle(long now) {
        if (last >= 0 && count < intervals.length) {
            intervals[count++] = now - last;
        }
        last = now;
    }

    @Override
    public void stop() {
        super.stop();
        last = -1;
    }

    /** Forgets what was recorded (after a warm-up, say). */
    public void reset() {
        count = 0;
        last = -1;
    }

    /** Statistics of the intervals recorded so far. */
    public FrameStats stats() {
        return FrameStats.of(intervals, count);
    }
}
