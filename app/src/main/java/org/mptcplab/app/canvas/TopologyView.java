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
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.Rgba;
import org.mptcplab.app.diagram.fx.DiagramLook;
import org.mptcplab.app.diagram.fx.FxRenderer;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.PacketHop;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.StateFolder;
import org.mptcplab.app.playback.TopologyModel;

/**
 * The topology canvas with a legend below it. Redraws whenever the cursor state, play head, size,
 * palette or zoom changes; a click on a packet marker selects the event that put the packet on its link.
 * Palette and zoom come from the window's {@link DiagramLook} (app theme, View &gt; Zoom, presenter
 * mode); the legend's swatches and type follow them too.
 */
public final class TopologyView extends BorderPane {
    private final PlaybackViewModel model;
    private final DiagramLook look = new DiagramLook();
    private final FlowPane legend = new FlowPane(10, 4);
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
        legend.setId("packet-legend");
        legend.getStyleClass().add("packet-legend");
        fillLegend();
        setBottom(legend);
        DiagramLook.follow(this, look, () -> {
            fillLegend();
            invalidate();
        });
    }

    /** Palette and zoom of this view; bound to the window's look while shown (set it directly otherwise). */
    public DiagramLook look() {
        return look;
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
        return markers();
    }

    private void fillLegend() {
        DiagramPalette p = look.getTheme();
        legend.getChildren().clear();
        for (EventKind k : DiagramTheme.legendKinds()) {
            legend.getChildren().add(legendEntry(k.label(), p.packet(k)));
        }
        legend.getChildren().add(legendEntry("DSR return path", p.dsrBand()));
        legend.getChildren().add(legendEntry("withdrawn route (dashed)", p.withdrawn()));
    }

    private Label legendEntry(String text, Rgba colour) {
        double z = look.getZoom();
        Label l = new Label(text, new Rectangle(14 * z, 14 * z, FxRenderer.fx(colour)));
        l.setFont(Font.font(14 * z));
        l.getStyleClass().add("legend-entry");
        return l;
    }

    /** The packet marker at canvas point ({@code x}, {@code y}), or null. */
    public PacketHop hitTest(double x, double y) {
        for (PacketMarker m : markers()) {
            if (m.position().distance(x, y) <= TopologyDiagrams.markerRadius(look.style()) + 3) {
                return m.hop();
            }
        }
        return null;
    }

    /** Canvas position of the marker standing for {@code hop} at the current play head, or null. */
    public Point2D markerPosition(PacketHop hop) {
        for (PacketMarker m : markers()) {
            if (m.hop().equals(hop)) {
                return new Point2D(m.position().x(), m.position().y());
            }
        }
        return null;
    }

    private Map<String, Pt> positions() {
        return TopologyLayout.place(model.topologyProperty().get(), canvas.getWidth(), canvas.getHeight(),
                look.style().size(TopologyLayout.MARGIN));
    }

    private List<PacketMarker> markers() {
        Map<String, Pt> at = positions();
        return markers(at, shifts(at));
    }

    private Map<String, Pt> shifts(Map<String, Pt> at) {
        return LinkGeometry.shifts(model.topologyProperty().get(), at, look.style().size(LinkGeometry.GAP));
    }

    private List<PacketMarker> markers(Map<String, Pt> at, Map<String, Pt> shifts) {
        DiagramStyle style = look.style();
        return PacketMarkers.place(model.getState().inFlight(), model.playheadProperty().get(), at, shifts,
                TopologyDiagrams.nodeWidth(style),
                TopologyDiagrams.nodeHeight(style), TopologyDiagrams.markerRadius(style) + style.size(2));
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
        // Layout and link shifts once per frame: the markers and the picture share them.
        Map<String, Pt> shifts = shifts(at);
        List<PacketMarker> markers = markers(at, shifts);
        drawnMarkers = markers.size();
        return TopologyDiagrams.build(canvas.getWidth(), canvas.getHeight(), topo, at, shifts, markers,
                model.getSelectedIndex(), routeMarks(), look.style());
    }

    private void redraw() {
        FxRenderer.draw(diagram(), canvas.getGraphicsContext2D());
    }
}
