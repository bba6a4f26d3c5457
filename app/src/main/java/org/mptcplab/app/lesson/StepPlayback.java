package org.mptcplab.app.lesson;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Worker;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RunLoader;
import org.mptcplab.lessons.model.Question;
import org.mptcplab.lessons.play.StepState;

/**
 * Ties the run view's {@link PlaybackViewModel} to a lesson: each step's run is recorded in the
 * background ({@link StepRunSource}) and opened at the step's point with its packet selected. While
 * the question gate is closed the cursor cannot go past the point (step, play and clicks are held
 * there); once the answer is settled, the event that explains it ({@link RevealTarget}) is selected.
 * Step runs are kept in a small {@link StepRunCache}, so going back and forth between steps of the
 * same run replays the recording instead of simulating it again.
 */
public final class StepPlayback {
    private final LessonPlayerViewModel lesson;
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final Executor executor;
    private final StepRunCache runs;
    private final ReadOnlyIntegerWrapper point = new ReadOnlyIntegerWrapper(-1);
    private RunLoader loader;
    private StepState opened;
    private boolean clampQueued;

    /** Follows {@code lesson}, recording step runs on {@code executor}. */
    public StepPlayback(LessonPlayerViewModel lesson, Executor executor) {
        this(lesson, executor, new StepRunCache());
    }

    /** As above, recording through {@code runs} (tests count the engine runs with it). */
    StepPlayback(LessonPlayerViewModel lesson, Executor executor, StepRunCache runs) {
        this.lesson = lesson;
        this.executor = executor;
        this.runs = runs;
        lesson.stateProperty().addListener((o, a, s) -> open(s));
        lesson.answerStateProperty().addListener((o, was, now) -> {
            if (was == AnswerState.OPEN && now.settled() && point.get() >= 0) {
                Question q = lesson.step().question();
                playback.select(RevealTarget.of(q == null ? null : q.answer(), playback.getEvents(), point.get()));
            }
        });
        // Clicks on the canvas or chart may select a later event: hold the cursor at the point.
        playback.cursorProperty().addListener((o, a, c) -> {
            if (held(c.intValue()) && !clampQueued) {
                clampQueued = true;
                Platform.runLater(this::clamp);
            }
        });
        open(lesson.getState());
    }

    private void open(StepState s) {
        if (loader != null) {
            loader.cancel();
        }
        point.set(-1);
        opened = s;
        if (s == null) {
            loader = null;
            return;
        }
        RunLoader mine = playback.open(runs.sourceFor(s), executor);
        loader = mine;
        // Registered after the playback's own listener, so the recorded events are in place when it runs.
        // The loader's own state, not the playback's loading flag: a superseded loader may finish in between.
        mine.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED && loader == mine) {
                loaded();
            }
        });
        loaded();
    }

    /** Once the step's run is recorded: open it at the point, the point's event selected. */
    private void loaded() {
        if (loader == null || loader.getState() != Worker.State.SUCCEEDED || opened != lesson.getState()
                || point.get() >= 0) {
            return;
        }
        int at = RevealTarget.pointIndex(playback.getEvents(), opened.cursor());
        point.set(at);
        if (at >= 0) {
            playback.select(at);
        }
    }

    /** Whether the gate holds the cursor back from {@code cursor}. */
    private boolean held(int cursor) {
        return lesson.isGateClosed() && point.get() >= 0 && cursor > point.get();
    }

    private void clamp() {
        clampQueued = false;
        if (held(playback.getCursor())) {
            playback.pause();
            playback.seek(point.get());
        }
    }

    /** One event forward, unless the gate holds the run at the point. */
    public boolean stepForward() {
        if (held(playback.getCursor() + 1)) {
            return false;
        }
        playback.stepForward();
        return true;
    }

    /** One event back. */
    public void stepBack() {
        playback.stepBack();
    }

    /** Back to the step's point, its event selected. */
    public void toPoint() {
        if (point.get() >= 0) {
            playback.select(point.get());
        }
    }

    /** Play or pause; playing stops at the point while the gate is closed. */
    public void togglePlay() {
        if (!playback.isPlaying() && held(playback.getCursor() + 1)) {
            return;
        }
        playback.togglePlay();
    }

    /** Advances the animation by {@code wallNanos}, holding the cursor at the point while gated. */
    public void tick(long wallNanos) {
        playback.tick(wallNanos);
        clamp();
    }

    /** Cancels a recording still running. */
    public void close() {
        if (loader != null) {
            loader.cancel();
        }
    }

    /** The playback the run views bind to. */
    public PlaybackViewModel playback() {
        return playback;
    }

    /** Index of the step's point in the playback, -1 while loading. */
    public ReadOnlyIntegerProperty pointProperty() {
        return point.getReadOnlyProperty();
    }
}
