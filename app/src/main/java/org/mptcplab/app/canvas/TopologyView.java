package org.mptcplab.app.canvas;

import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.fx.FxRenderer;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.PacketHop;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.StateFolder;
import org.mptcplab.app.playback.TopologyModel;

/**
 * The topology canvas with a legend below it. Redraws whenever the cursor state, play head or size
 * changes; a click on a packet marker selects the event that put the packet on its link.
 */
public final class TopologyView extends BorderPane {
    private static final double NODE_W = TopologyDiagrams.NODE_W;
    private static final double NODE_H = TopologyDiagrams.NODE_H;
    private static final double MARKER_R = TopologyDiagrams.MARKER_R;
    private final PlaybackViewModel model;
    private final Canvas canvas = new Canvas();
    private final PulseRedraw pulse = new PulseRedraw(this, this::redraw);
    private int drawnMarkers;
    private StateFolder overlayFor;
    private RouteOverlay overlay;

    /** Builds the view for {@code model}. */
    public TopologyView(PlaybackViewModel model) {
        this.model = model;
        setId("topology-view");
        getStyleClass().add("topology-view");
        Pane holder = new Pane(canvas);
        holder.setMinSize(200, 150);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> invalidate());
        canvas.heightProperty().addListener(o -> invalidate());
        model.stateProperty().addListener(o -> invalidate());
        model.playheadProperty().addListener(o -> invalidate());
        model.topologyProperty().addListener(o -> invalidate());
        model.selectedIndexProperty().addListener(o -> invalidate());
        canvas.setOnMouseClicked(e -> {
            PacketHop hit = hitTest(e.getX(), e.getY());
            if (hit != null) {
                model.select(hit.departIndex());
            }
        });
        setCenter(holder);
        setBottom(legend());
    }

    /** Marks the picture out of date; it is drawn once on the next pulse (see {@link PulseRedraw}). */
    private void invalidate() {
        pulse.invalidate();
    }

    /** Markers drawn in the last frame (trains count once); for the frame-time probe and tests. */
    public int drawnMarkerCount() {
        return drawnMarkers;
    }

    /** The markers the canvas shows for the current state and play head. */
    public List<PacketMarker> visibleMarkers() {
        return markers(positions());
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(10, 4);
        legend.setId("packet-legend");
        legend.getStyleClass().add("packet-legend");
        for (EventKind k : PacketPalette.legendKinds()) {
            Label l = new Label(k.label(), new Rectangle(14, 14, PacketPalette.colour(k)));
            l.setFont(Font.font(14));
            l.getStyleClass().add("legend-entry");
            legend.getChildren().add(l);
        }
        Label dsr = new Label("DSR return path", new Rectangle(14, 14, FxRenderer.fx(TopologyDiagrams.DSR_BAND)));
        Label withdrawn = new Label("withdrawn route (dashed)",
                new Rectangle(14, 14, FxRenderer.fx(TopologyDiagrams.WITHDRAWN)));
        for (Label l : List.of(dsr, withdrawn)) {
            l.setFont(Font.font(14));
            l.getStyleClass().add("legend-entry");
            legend.getChildren().add(l);
        }
        return legend;
    }

    /** The packet marker at canvas point ({@code x}, {@code y}), or null. */
    public PacketHop hitTest(double x, double y) {
        for (PacketMarker m : markers(positions())) {
            if (m.position().distance(x, y) <= MARKER_R + 3) {
                return m.hop();
            }
        }
        return null;
    }

    /** Canvas position of the marker standing for {@code hop} at the current play head, or null. */
    public Point2D markerPosition(PacketHop hop) {
        for (PacketMarker m : markers(positions())) {
            if (m.hop().equals(hop)) {
                return new Point2D(m.position().x(), m.position().y());
            }
        }
        return null;
    }

    private Map<String, Pt> positions() {
        return TopologyLayout.place(model.topologyProperty().get(), canvas.getWidth(), canvas.getHeight());
    }

    private List<PacketMarker> markers(Map<String, Pt> at) {
        return PacketMarkers.place(model.getState().inFlight(), model.playheadProperty().get(), at,
                LinkGeometry.shifts(model.topologyProperty().get(), at), NODE_W, NODE_H, MARKER_R + 2);
    }

    /** DSR and withdrawn-route marks at the cursor; the overlay is indexed once per loaded run. */
    public RouteOverlay.Marks routeMarks() {
        if (overlayFor != model.index()) {
            overlayFor = model.index();
            overlay = new RouteOverlay(overlayFor, model.topologyProperty().get());
        }
        return overlay.at(model.getCursor());
    }

    /** The picture on screen: the same builder and model the exporter uses. */
    public Diagram diagram() {
        TopologyModel topo = model.topologyProperty().get();
        Map<String, Pt> at = positions();
        List<PacketMarker> markers = markers(at);
        drawnMarkers = markers.size();
        return TopologyDiagrams.build(canvas.getWidth(), canvas.getHeight(), topo, at, LinkGeometry.shifts(topo, at),
                markers, model.getSelectedIndex(), routeMarks(), DiagramStyle.screen());
    }

    private void redraw() {
        FxRenderer.draw(diagram(), canvas.getGraphicsContext2D());
    }
}
