package org.mptcplab.app.canvas;

import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.LinkInfo;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.PacketHop;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.TopologyModel;

/**
 * The topology canvas with a legend below it. Redraws whenever the cursor state, play head or size
 * changes; a click on a packet marker selects the event that put the packet on its link.
 */
public final class TopologyView extends BorderPane {
    private static final double NODE_W = 110;
    private static final double NODE_H = 46;
    private static final double MARKER_R = 9;
    private final PlaybackViewModel model;
    private final Canvas canvas = new Canvas();

    /** Builds the view for {@code model}. */
    public TopologyView(PlaybackViewModel model) {
        this.model = model;
        setId("topology-view");
        getStyleClass().add("topology-view");
        Pane holder = new Pane(canvas);
        holder.setMinSize(200, 150);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        model.stateProperty().addListener(o -> redraw());
        model.playheadProperty().addListener(o -> redraw());
        model.topologyProperty().addListener(o -> redraw());
        model.selectedIndexProperty().addListener(o -> redraw());
        canvas.setOnMouseClicked(e -> {
            PacketHop hit = hitTest(e.getX(), e.getY());
            if (hit != null) {
                model.select(hit.departIndex());
            }
        });
        setCenter(holder);
        setBottom(legend());
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(10, 4);
        legend.setId("packet-legend");
        legend.getStyleClass().add("packet-legend");
        for (EventKind k : PacketPalette.legendKinds()) {
            Label l = new Label(k.label(), new Rectangle(12, 12, PacketPalette.colour(k)));
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
                return m.position();
            }
        }
        return null;
    }

    private Map<String, Point2D> positions() {
        return TopologyLayout.place(model.topologyProperty().get(), canvas.getWidth(), canvas.getHeight());
    }

    private List<PacketMarker> markers(Map<String, Point2D> at) {
        return PacketMarkers.place(model.getState().inFlight(), model.playheadProperty().get(), at, NODE_W, NODE_H,
                MARKER_R + 2);
    }

    private static double centreY(Map<String, Point2D> at) {
        return at.values().stream().mapToDouble(Point2D::getY).average().orElse(0);
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#fafafa"));
        g.fillRect(0, 0, w, h);
        TopologyModel topo = model.topologyProperty().get();
        Map<String, Point2D> at = TopologyLayout.place(topo, w, h);
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (LinkInfo l : topo.links()) {
            Point2D a = at.get(l.a());
            Point2D b = at.get(l.b());
            g.setStroke(Color.web("#555555"));
            g.setLineWidth(2);
            g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
            g.setFill(Color.web("#333333"));
            g.fillText(l.label(), (a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2 - 44);
        }
        for (NodeInfo n : topo.nodes()) {
            Point2D p = at.get(n.name());
            g.setFill(Color.WHITE);
            g.setStroke(Color.web("#0072B2"));
            g.setLineWidth(2);
            g.fillRoundRect(p.getX() - NODE_W / 2, p.getY() - NODE_H / 2, NODE_W, NODE_H, 10, 10);
            g.strokeRoundRect(p.getX() - NODE_W / 2, p.getY() - NODE_H / 2, NODE_W, NODE_H, 10, 10);
            g.setFill(Color.BLACK);
            g.fillText(n.name(), p.getX(), p.getY() - 9);
            g.setFill(Color.web("#444444"));
            g.fillText(String.join(", ", n.addresses()), p.getX(), p.getY() + 9);
        }
        int selected = model.getSelectedIndex();
        for (PacketMarker m : markers(at)) {
            Point2D p = m.position();
            g.setFill(PacketPalette.colour(m.hop().kind()));
            g.fillOval(p.getX() - MARKER_R, p.getY() - MARKER_R, 2 * MARKER_R, 2 * MARKER_R);
            if (m.hop().departIndex() == selected) {
                g.setStroke(Color.BLACK);
                g.setLineWidth(3);
                g.strokeOval(p.getX() - MARKER_R - 3, p.getY() - MARKER_R - 3, 2 * MARKER_R + 6, 2 * MARKER_R + 6);
            }
            g.setFill(Color.BLACK);
            g.fillText(m.label(), p.getX(), p.getY() + (p.getY() < centreY(at) ? -MARKER_R - 8 : MARKER_R + 8));
        }
    }
}
