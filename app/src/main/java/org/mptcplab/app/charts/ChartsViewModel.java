package org.mptcplab.app.charts;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import org.mptcplab.app.playback.PlaybackViewModel;

/**
 * The charts of the run loaded in a {@link PlaybackViewModel}, cut at its cursor. Rebuilds its index
 * when the run changes and a {@link ChartsSnapshot} when the cursor moves; the snapshot is a pure
 * function of the cursor, so stepping back shows what stepping forward showed.
 */
public final class ChartsViewModel {
    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<ChartsSnapshot> snapshot = new ReadOnlyObjectWrapper<>(ChartsSnapshot.EMPTY);
    private ChartsIndex index;

    /** Follows {@code playback}. */
    public ChartsViewModel(PlaybackViewModel playback) {
        this.playback = playback;
        playback.getEvents().addListener((ListChangeListener<Object>) c -> reindex());
        playback.cursorProperty().addListener((o, a, b) -> refresh());
        reindex();
    }

    private void reindex() {
        index = new ChartsIndex(playback.getEvents());
        refresh();
    }

    private void refresh() {
        snapshot.set(playback.getEvents().isEmpty() ? ChartsSnapshot.EMPTY : index.snapshotAt(playback.getCursor()));
    }

    /** What the charts show now. */
    public ReadOnlyObjectProperty<ChartsSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ChartsSnapshot getSnapshot() {
        return snapshot.get();
    }
}
