package org.mptcplab.app.sequence;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.mptcplab.app.playback.PlaybackViewModel;

/**
 * The sequence chart's view-model: recomputes the {@link SequenceChart} whenever the cursor, the
 * selection or the run changes, and forwards arrow clicks to the shared selection of
 * {@link PlaybackViewModel}. Testable without a window. The chart itself comes from
 * {@link SequenceCharts}, the same function the exporter calls.
 */
public final class SequenceChartViewModel {
    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<SequenceChart> chart = new ReadOnlyObjectWrapper<>(SequenceChart.empty());
    private final BooleanProperty showRouters = new SimpleBooleanProperty(false);
    private final BooleanProperty collapseTrains = new SimpleBooleanProperty(true);
    private SequenceCharts charts;

    /** A view-model following {@code playback}. */
    public SequenceChartViewModel(PlaybackViewModel playback) {
        this.playback = playback;
        playback.getEvents().addListener(this::rebuild);
        playback.topologyProperty().addListener(this::rebuild);
        showRouters.addListener(this::rebuild);
        playback.cursorProperty().addListener(o -> refresh());
        playback.selectedIndexProperty().addListener(o -> refresh());
        collapseTrains.addListener(o -> refresh());
        rebuild(null);
    }

    private void rebuild(Observable ignored) {
        charts = new SequenceCharts(playback.index(), playback.topologyProperty().get(),
                SequenceSpec.screen(showRouters.get()));
        refresh();
    }

    private void refresh() {
        // The cursor can briefly point past a trace that is being replaced; the rebuild follows.
        if (playback.getCursor() >= playback.index().size()) {
            return;
        }
        chart.set(charts.at(playback.getCursor(), playback.getSelectedIndex(), collapseTrains.get()));
    }

    /** Selects the packet of {@code arrow} (its first departure) in the shared selection. */
    public void select(SequenceArrow arrow) {
        playback.select(arrow.selectIndex());
    }

    /** True when {@code arrow} stands for the selected event. */
    public boolean isSelected(SequenceArrow arrow) {
        return arrow.covers(playback.getSelectedIndex());
    }

    /** The chart at the cursor. */
    public ReadOnlyObjectProperty<SequenceChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public SequenceChart getChart() {
        return chart.get();
    }

    /** Whether routers get lanes of their own (hidden by default: arrows skip them). */
    public BooleanProperty showRoutersProperty() {
        return showRouters;
    }

    /** Whether trains of bulk data and ACKs collapse into one "×N" arrow (on by default). */
    public BooleanProperty collapseTrainsProperty() {
        return collapseTrains;
    }
}
