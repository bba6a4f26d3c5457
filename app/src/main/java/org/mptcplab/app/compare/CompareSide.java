package org.mptcplab.app.compare;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.mptcplab.app.canvas.TopologyView;
import org.mptcplab.app.inspect.InspectorTabs;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.sequence.SequenceChartView;
import org.mptcplab.app.sequence.SequenceChartViewModel;

/**
 * One side of the compare view: its title (scenario id and what differs), the divergence marker, the
 * run's canvas above its sequence chart and the packet, hash-decision and node-state inspectors in tabs (so that
 * two sides fit 1280x800), then the outcome badges and the throughput strip.
 */
final class CompareSide extends BorderPane {
    private final String side;
    private final PlaybackViewModel playback;
    private final Label title = new Label();
    private final DivergenceMarker marker;
    private final BadgesBar badges;
    private final ThroughputStripView strip;
    private final TabPane tabs;

    CompareSide(String side, PlaybackViewModel playback, Runnable jumpToDivergence) {
        this.side = side;
        this.playback = playback;
        setId("compare-side-" + side);
        getStyleClass().add("compare-side");
        title.setId("compare-title-" + side);
        title.setWrapText(true);
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        marker = new DivergenceMarker(side, jumpToDivergence);
        marker.follow(-1);
        marker.setMaxWidth(Double.MAX_VALUE);
        VBox top = new VBox(4, title, marker);
        top.setPadding(new Insets(4, 6, 4, 6));
        setTop(top);

        SplitPane run = new SplitPane(new TopologyView(playback),
                new SequenceChartView(new SequenceChartViewModel(playback)));
        run.setOrientation(Orientation.VERTICAL);
        run.setDividerPositions(0.45);
        Tab runTab = new Tab("Canvas + sequence", run);
        runTab.setId("compare-tab-run-" + side);
        InspectorTabs inspectors = new InspectorTabs(playback);
        inspectors.packetTab().setId("compare-tab-packet-" + side);
        inspectors.hashTab().setId("compare-tab-hash-" + side);
        inspectors.nodeTab().setId("compare-tab-node-" + side);
        tabs = new TabPane(runTab, inspectors.packetTab(), inspectors.hashTab(), inspectors.nodeTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);

        badges = new BadgesBar(side);
        strip = new ThroughputStripView("throughput-" + side);
        VBox bottom = new VBox(4, badges, strip);
        bottom.setPadding(new Insets(4, 6, 4, 6));
        setBottom(bottom);
        playback.stateProperty().addListener((o, a, s) -> {
            strip.playhead(s.time());
            marker.follow(s.cursor());
        });
    }

    /** Fills the title, badges and strip for a freshly loaded comparison. */
    void show(String id, String note, Badges b, ThroughputStrip s, double scale, int divergenceIndex, String what) {
        title.setText(id + " — " + note);
        badges.show(b);
        strip.show(s, scale);
        marker.mark(divergenceIndex, what);
        marker.follow(playback.getCursor());
    }

    DivergenceMarker marker() {
        return marker;
    }

    TabPane tabs() {
        return tabs;
    }

    @Override
    public String toString() {
        return "CompareSide[" + side + "]";
    }
}
