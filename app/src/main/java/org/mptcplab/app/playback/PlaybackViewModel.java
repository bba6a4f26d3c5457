package org.mptcplab.app.playback;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * One run under playback: the recorded trace, a cursor and the commands that move it. Every
 * derived value (state, time, current event) is recomputed from the cursor, so stepping back shows
 * exactly what stepping forward showed. Animation time comes in through {@link #tick(long)}; the
 * view-model never reads a clock. The work is shared by three parts: {@link PlaybackCursor} (where in
 * the trace), {@link PlayClock} (play, pause, speed) and {@link RunLoading} (recording, status, stop).
 */
public final class PlaybackViewModel {
    /** Default speed: simulated nanoseconds per wall-clock nanosecond (1/50 slow motion). */
    public static final double DEFAULT_SPEED = 0.02;
    /** Kernel actions per chunk when recording in the background. */
    public static final int LOAD_CHUNK = 2_000;

    private final ReadOnlyObjectWrapper<TopologyModel> topology =
            new ReadOnlyObjectWrapper<>(new TopologyModel(List.of(), List.of()));
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final PlaybackCursor cursor = new PlaybackCursor();
    private final PlayClock clock = new PlayClock(cursor, DEFAULT_SPEED);
    private final RunLoading loading = new RunLoading();

    /** An empty playback; {@link #load} gives it a run. */
    public PlaybackViewModel() {
        // The parts start empty: cursor before the first event of no events, paused, not loading.
    }

    /** Replaces the run; the cursor goes back before the first event. */
    public void load(TopologyModel newTopology, List<TraceEvent> trace) {
        load(newTopology, StateFolder.index(trace, newTopology));
    }

    /** Replaces the run with an already indexed one (see {@link RunLoader}), and its stop if it has one. */
    public void load(IndexedRun run) {
        load(run.run().topology(), run.index());
        loading.stop.set(run.run().stop());
    }

    /** Replaces the run with {@code run}, and its stop if it has one. */
    public void load(RecordedRun run) {
        load(run.topology(), run.events());
        loading.stop.set(run.stop());
    }

    private void load(TopologyModel newTopology, StateFolder index) {
        pause();
        topology.set(newTopology);
        loading.stop.set(null);
        selectedIndex.set(-1);
        cursor.replace(index);
    }

    /**
     * Records {@code source} off the FX thread on {@code executor} and loads it when done; progress
     * and messages are bound while it runs. Cancel the returned task to abandon the run. A run that
     * stops early is loaded up to the stop, the message being the stop's line; a recording that fails
     * before its first event keeps the run shown so far and only sets the stop.
     */
    public RunLoader open(RunSource source, Executor executor) {
        return loading.open(source, executor, this::load);
    }

    /** Back to before the first event. */
    public void reset() {
        pause();
        cursor.moveTo(-1);
    }

    /** Applies the next event. */
    public void stepForward() {
        cursor.step(1);
    }

    /** Un-applies the current event. */
    public void stepBack() {
        cursor.step(-1);
    }

    /** Jumps to event {@code index} (-1 = before the first). */
    public void seek(int index) {
        cursor.seek(index);
    }

    /**
     * Moves to the next event after the cursor that {@code kind} accepts; stays put (and answers
     * false) when there is none.
     */
    public boolean runToNext(Predicate<TraceEvent> kind) {
        return cursor.runToNext(kind);
    }

    /** {@link #runToNext(Predicate)} for one {@link EventKind}. */
    public boolean runToNext(EventKind kind) {
        return runToNext(e -> EventKinds.of(e) == kind);
    }

    /** Selects event {@code index} (a packet on the canvas, a table row) and moves the cursor to it. */
    public void select(int index) {
        seek(index);
        selectedIndex.set(index);
    }

    /** Starts playing from the cursor (from the start when at the end). */
    public void play() {
        clock.play();
    }

    /** Stops playing. */
    public void pause() {
        clock.pause();
    }

    /** Play or pause. */
    public void togglePlay() {
        clock.toggle();
    }

    /**
     * Advances the play head by {@code wallNanos} of animation time times the speed and applies
     * every event it passes; stops at the end.
     */
    public void tick(long wallNanos) {
        clock.tick(wallNanos);
    }

    /** The hop of the packet that event {@code index} put on a link, or null. */
    public PacketHop hopDepartingAt(int index) {
        return cursor.index().hopDepartingAt(index);
    }

    /** The playback index of the loaded run (hops, checkpoints); views derive their data from it. */
    public StateFolder index() {
        return cursor.index();
    }

    public ObservableList<TraceEvent> getEvents() {
        return cursor.events();
    }

    public ReadOnlyObjectProperty<TopologyModel> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.cursor.getReadOnlyProperty();
    }

    public int getCursor() {
        return cursor.get();
    }

    public ReadOnlyObjectProperty<PlaybackState> stateProperty() {
        return cursor.state.getReadOnlyProperty();
    }

    public PlaybackState getState() {
        return cursor.state.get();
    }

    public ReadOnlyObjectProperty<TraceEvent> currentEventProperty() {
        return cursor.currentEvent.getReadOnlyProperty();
    }

    /** Current simulated time, ns. */
    public long getCurrentTime() {
        return getState().time();
    }

    /** Play-head time in ns; between events while playing, so packets glide along links. */
    public ReadOnlyDoubleProperty playheadProperty() {
        return cursor.playhead.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return clock.playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return clock.playing.get();
    }

    public ReadOnlyBooleanProperty canStepBackProperty() {
        return cursor.canStepBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStepForwardProperty() {
        return cursor.canStepForward.getReadOnlyProperty();
    }

    /** The selected event (shared by canvas, table and inspector), -1 for none. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public int getSelectedIndex() {
        return selectedIndex.get();
    }

    /** True while a run is being recorded. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loading.getReadOnlyProperty();
    }

    /** Recording progress, 0..1 (or -1 when unknown). */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loading.loadProgress.getReadOnlyProperty();
    }

    /** A status line about the run. */
    public ReadOnlyStringProperty messageProperty() {
        return loading.message.getReadOnlyProperty();
    }

    /** Why the loaded run stopped before its end (watchdog abort, engine exception); null when it did not. */
    public ReadOnlyObjectProperty<RunStop> stopProperty() {
        return loading.stop.getReadOnlyProperty();
    }

    public RunStop getStop() {
        return loading.stop.get();
    }

    /** Simulated ns per animation ns. */
    public DoubleProperty speedProperty() {
        return clock.speed;
    }
}
