package org.mptcplab.app.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Rows of the event table over a {@link PlaybackViewModel}'s trace, with filters by kind and node,
 * and the two-way link to the cursor: choosing a row selects its event; the cursor moving names the
 * row to show (the last visible row at or before the cursor).
 */
public final class EventTableViewModel {
    private final PlaybackViewModel playback;
    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final FilteredList<EventRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<Set<EventKind>> shownKinds = new SimpleObjectProperty<>(EnumSet.allOf(EventKind.class));
    private final ObjectProperty<String> node = new SimpleObjectProperty<>();

    /** Rows follow {@code playback}'s trace. */
    public EventTableViewModel(PlaybackViewModel playback) {
        this.playback = playback;
        playback.getEvents().addListener((ListChangeListener<TraceEvent>) c -> rebuild());
        shownKinds.addListener((o, a, b) -> refilter());
        node.addListener((o, a, b) -> refilter());
        rebuild();
    }

    /** Shows or hides events of {@code kind}. */
    public void setKindShown(EventKind kind, boolean shown) {
        Set<EventKind> next = EnumSet.noneOf(EventKind.class);
        next.addAll(shownKinds.get());
        if (shown) {
            next.add(kind);
        } else {
            next.remove(kind);
        }
        shownKinds.set(next);
    }

    /** Shows only events of {@code kinds}. */
    public void showOnly(Set<EventKind> kinds) {
        shownKinds.set(kinds.isEmpty() ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(kinds));
    }

    /** Node names present in the trace, sorted. */
    public List<String> nodes() {
        TreeSet<String> names = new TreeSet<>();
        rows.forEach(r -> names.add(r.node()));
        return new ArrayList<>(names);
    }

    /** A row was chosen by the user: select its event (moves the cursor). */
    public void choose(EventRow row) {
        if (row != null && row.index() != playback.getCursor()) {
            playback.select(row.index());
        }
    }

    /** Position in {@link #getVisibleRows()} of the last visible row at or before {@code cursor}, or -1. */
    public int visiblePositionFor(int cursor) {
        int lo = 0;
        int hi = visible.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (visible.get(mid).index() <= cursor) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private void rebuild() {
        List<EventRow> next = new ArrayList<>();
        List<TraceEvent> events = playback.getEvents();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            next.add(new EventRow(i, e, EventKinds.of(e), EventSummaries.of(e)));
        }
        rows.setAll(next);
        refilter();
    }

    private void refilter() {
        Set<EventKind> kinds = shownKinds.get();
        String n = node.get();
        visible.setPredicate(r -> kinds.contains(r.kind()) && (n == null || n.equals(r.node())));
    }

    /** The rows passing the filters, in trace order. */
    public ObservableList<EventRow> getVisibleRows() {
        return visible;
    }

    /** The only node shown, or null for all. */
    public ObjectProperty<String> nodeProperty() {
        return node;
    }

    public PlaybackViewModel playback() {
        return playback;
    }
}
