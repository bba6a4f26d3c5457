package org.mptcplab.app.playback;

import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * The position of a {@link PlaybackViewModel} in its trace: the events, the index of the last applied
 * one and every value derived from it (state, current event, play head, what the step buttons may do).
 * All of them are set in one place, {@link #moveTo}, so they never disagree.
 */
final class PlaybackCursor {
    private final ObservableList<TraceEvent> events = FXCollections.observableArrayList();
    private final ObservableList<TraceEvent> eventsView = FXCollections.unmodifiableObservableList(events);
    final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(-1);
    final ReadOnlyObjectWrapper<PlaybackState> state = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<TraceEvent> currentEvent = new ReadOnlyObjectWrapper<>();
    final ReadOnlyDoubleWrapper playhead = new ReadOnlyDoubleWrapper();
    final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper();
    final ReadOnlyBooleanWrapper canStepForward = new ReadOnlyBooleanWrapper();
    private StateFolder folder = new StateFolder(List.of(), List.of());

    PlaybackCursor() {
        moveTo(-1);
    }

    /** Takes the run indexed by {@code index}; the cursor goes back before the first event. */
    void replace(StateFolder index) {
        folder = index;
        events.setAll(index.events());
        moveTo(-1);
    }

    StateFolder index() {
        return folder;
    }

    ObservableList<TraceEvent> events() {
        return eventsView;
    }

    int size() {
        return events.size();
    }

    int get() {
        return cursor.get();
    }

    /** Jumps to event {@code index} (-1 = before the first); out of range is a caller's bug. */
    void seek(int index) {
        if (index < -1 || index >= events.size()) {
            throw new IndexOutOfBoundsException("no event " + index + " in a trace of " + events.size());
        }
        moveTo(index);
    }

    /** Moves by {@code delta} events when that stays inside the trace; answers whether it moved. */
    boolean step(int delta) {
        int to = cursor.get() + delta;
        if (to < -1 || to >= events.size()) {
            return false;
        }
        moveTo(to);
        return true;
    }

    /** Moves to the next event after the cursor that {@code kind} accepts; false (and no move) if none. */
    boolean runToNext(Predicate<TraceEvent> kind) {
        for (int i = cursor.get() + 1; i < events.size(); i++) {
            if (kind.test(events.get(i))) {
                moveTo(i);
                return true;
            }
        }
        return false;
    }

    /**
     * Applies every event at or before simulated time {@code head} and leaves the play head there, or
     * on the last event when the trace ends first; answers whether the trace has events left.
     */
    boolean advanceTo(double head) {
        int c = cursor.get();
        while (c + 1 < events.size() && events.get(c + 1).time() <= head) {
            c++;
        }
        if (c != cursor.get()) {
            moveTo(c);
        }
        if (c + 1 >= events.size()) {
            playhead.set(c < 0 ? 0 : events.get(c).time());
            return false;
        }
        playhead.set(head);
        return true;
    }

    void moveTo(int index) {
        cursor.set(index);
        PlaybackState s = folder.stateAt(index);
        state.set(s);
        currentEvent.set(index < 0 ? null : events.get(index));
        playhead.set(s.time());
        canStepBack.set(index >= 0);
        canStepForward.set(index + 1 < events.size());
    }
}
