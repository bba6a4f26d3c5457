package org.mptcplab.app.playback;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.concurrent.Worker;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * One run under playback: the recorded trace, a cursor and the commands that move it. Every
 * derived value (state, time, current event) is recomputed from the cursor, so stepping back shows
 * exactly what stepping forward showed. Animation time comes in through {@link #tick(long)}; the
 * view-model never reads a clock.
 */
public final class PlaybackViewModel {
    /** Default speed: simulated nanoseconds per wall-clock nanosecond (1/50 slow motion). */
    public static final double DEFAULT_SPEED = 0.02;
    /** Kernel actions per chunk when recording in the background. */
    public static final int LOAD_CHUNK = 2_000;

    private final ObservableList<TraceEvent> events = FXCollections.observableArrayList();
    private final ObservableList<TraceEvent> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyObjectWrapper<TopologyModel> topology =
            new ReadOnlyObjectWrapper<>(new TopologyModel(List.of(), List.of()));
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<PlaybackState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TraceEvent> currentEvent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper playhead = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStepForward = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final DoubleProperty speed = new SimpleDoubleProperty(DEFAULT_SPEED);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunStop> stop = new ReadOnlyObjectWrapper<>();
    private StateFolder folder = new StateFolder(List.of(), List.of());

    /** An empty playback; {@link #load} gives it a run. */
    public PlaybackViewModel() {
        moveTo(-1);
    }

    /** Replaces the run; the cursor goes back before the first event. */
    public void load(TopologyModel newTopology, List<TraceEvent> trace) {
        load(newTopology, StateFolder.index(trace, newTopology));
    }

    /** Replaces the run with an already indexed one (see {@link RunLoader}), and its stop if it has one. */
    public void load(IndexedRun run) {
        load(run.run().topology(), run.index());
        stop.set(run.run().stop());
    }

    private void load(TopologyModel newTopology, StateFolder index) {
        pause();
        topology.set(newTopology);
        folder = index;
        events.setAll(index.events());
        stop.set(null);
        selectedIndex.set(-1);
        moveTo(-1);
    }

    /** Replaces the run with {@code run}, and its stop if it has one. */
    public void load(RecordedRun run) {
        load(run.topology(), run.events());
        stop.set(run.stop());
    }

    /**
     * Records {@code source} off the FX thread on {@code executor} and loads it when done; progress
     * and messages are bound while it runs. Cancel the returned task to abandon the run. A run that
     * stops early is loaded up to the stop, the message being the stop's line; a recording that fails
     * before its first event keeps the run shown so far and only sets the stop.
     */
    public RunLoader open(RunSource source, Executor executor) {
        RunLoader loader = new RunLoader(source, LOAD_CHUNK);
        loading.set(true);
        loadProgress.bind(loader.progressProperty());
        message.bind(loader.messageProperty());
        loader.stateProperty().addListener((o, a, s) -> {
            if (s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED) {
                loadProgress.unbind();
                message.unbind();
                if (s == Worker.State.SUCCEEDED) {
                    load(loader.getValue());
                    int n = loader.getValue().index().size();
                    message.set(getStop() != null ? getStop().line() : source.title() + ": " + n + " events"
                            + (n >= RunLoader.MAX_EVENTS ? " (recording stopped there)." : "."));
                } else if (s == Worker.State.FAILED) {
                    Throwable why = loader.getException();
                    stop.set(RunStop.of(why != null ? why : new IllegalStateException("recording failed"), 0));
                    message.set(getStop().line());
                } else {
                    message.set("Run cancelled.");
                }
                // Last, so that whoever waits for the end of loading finds the run in place.
                loading.set(false);
            }
        });
        executor.execute(loader);
        return loader;
    }

    /** Back to before the first event. */
    public void reset() {
        pause();
        moveTo(-1);
    }

    /** Applies the next event. */
    public void stepForward() {
        if (canStepForward.get()) {
            moveTo(cursor.get() + 1);
        }
    }

    /** Un-applies the current event. */
    public void stepBack() {
        if (canStepBack.get()) {
            moveTo(cursor.get() - 1);
        }
    }

    /** Jumps to event {@code index} (-1 = before the first). */
    public void seek(int index) {
        if (index < -1 || index >= events.size()) {
            throw new IndexOutOfBoundsException("no event " + index + " in a trace of " + events.size());
        }
        moveTo(index);
    }

    /**
     * Moves to the next event after the cursor that {@code kind} accepts; stays put (and answers
     * false) when there is none.
     */
    public boolean runToNext(Predicate<TraceEvent> kind) {
        for (int i = cursor.get() + 1; i < events.size(); i++) {
            if (kind.test(events.get(i))) {
                moveTo(i);
                return true;
            }
        }
        return false;
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
        if (!canStepForward.get()) {
            moveTo(-1);
        }
        playing.set(!events.isEmpty());
    }

    /** Stops playing. */
    public void pause() {
        playing.set(false);
    }

    /** Play or pause. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Advances the play head by {@code wallNanos} of animation time times the speed and applies
     * every event it passes; stops at the end.
     */
    public void tick(long wallNanos) {
        if (!playing.get()) {
            return;
        }
        double head = playhead.get() + wallNanos * speed.get();
        int c = cursor.get();
        while (c + 1 < events.size() && events.get(c + 1).time() <= head) {
            c++;
        }
        if (c != cursor.get()) {
            moveTo(c);
        }
        if (c + 1 >= events.size()) {
            pause();
            playhead.set(c < 0 ? 0 : events.get(c).time());
        } else {
            playhead.set(head);
        }
    }

    /** The hop of the packet that event {@code index} put on a link, or null. */
    public PacketHop hopDepartingAt(int index) {
        return folder.hopDepartingAt(index);
    }

    /** The playback index of the loaded run (hops, checkpoints); views derive their data from it. */
    public StateFolder index() {
        return folder;
    }

    private void moveTo(int index) {
        cursor.set(index);
        PlaybackState s = folder.stateAt(index);
        state.set(s);
        currentEvent.set(index < 0 ? null : events.get(index));
        playhead.set(s.time());
        canStepBack.set(index >= 0);
        canStepForward.set(index + 1 < events.size());
    }

    public ObservableList<TraceEvent> getEvents() {
        return eventsView;
    }

    public ReadOnlyObjectProperty<TopologyModel> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public int getCursor() {
        return cursor.get();
    }

    public ReadOnlyObjectProperty<PlaybackState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PlaybackState getState() {
        return state.get();
    }

    public ReadOnlyObjectProperty<TraceEvent> currentEventProperty() {
        return currentEvent.getReadOnlyProperty();
    }

    /** Current simulated time, ns. */
    public long getCurrentTime() {
        return state.get().time();
    }

    /** Play-head time in ns; between events while playing, so packets glide along links. */
    public ReadOnlyDoubleProperty playheadProperty() {
        return playhead.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyBooleanProperty canStepBackProperty() {
        return canStepBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStepForwardProperty() {
        return canStepForward.getReadOnlyProperty();
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
        return loading.getReadOnlyProperty();
    }

    /** Recording progress, 0..1 (or -1 when unknown). */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    /** A status line about the run. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the loaded run stopped before its end (watchdog abort, engine exception); null when it did not. */
    public ReadOnlyObjectProperty<RunStop> stopProperty() {
        return stop.getReadOnlyProperty();
    }

    public RunStop getStop() {
        return stop.get();
    }

    /** Simulated ns per animation ns. */
    public DoubleProperty speedProperty() {
        return speed;
    }
}
