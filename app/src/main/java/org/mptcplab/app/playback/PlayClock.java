package org.mptcplab.app.playback;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Play / pause and the animation time that drives a {@link PlaybackCursor}: each {@link #tick} turns
 * wall-clock nanoseconds, given by the caller, into simulated ones at the chosen speed. It never reads
 * a clock, so tests drive it with any frame times they like.
 */
final class PlayClock {
    final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    final DoubleProperty speed;
    private final PlaybackCursor cursor;

    PlayClock(PlaybackCursor cursor, double initialSpeed) {
        this.cursor = cursor;
        this.speed = new SimpleDoubleProperty(initialSpeed);
    }

    /** Starts playing from the cursor, from the start when at the end; an empty run does not play. */
    void play() {
        if (!cursor.canStepForward.get()) {
            cursor.moveTo(-1);
        }
        playing.set(cursor.size() > 0);
    }

    void pause() {
        playing.set(false);
    }

    void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Moves the play head by {@code wallNanos} times the speed; pauses at the end of the trace. */
    void tick(long wallNanos) {
        if (playing.get() && !cursor.advanceTo(cursor.playhead.get() + wallNanos * speed.get())) {
            pause();
        }
    }
}
