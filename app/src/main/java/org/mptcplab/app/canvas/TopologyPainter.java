package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.LinkInfo;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.TopologyModel;

/**
 * Paints one frame of the topology canvas. Sized for a projector at 1280x800: node names 17 px bold,
 * packet labels 14 px bold. Labels along links are rotated with the link so that neighbouring links'
 * labels do not collide; packet labels that would cover an earlier one are left out, most telling kinds
 * first (the selected packet, then signalling, then data, then ACKs), so the marker colours still say
 * what the hidden ones are.
 */
final class TopologyPainter {
    static final double NODE_W = 118;
    static final double NODE_H = 54;
    static final double MARKER_R = 10;
    /** Band under links that carried a DSR reply. */
    static final Color DSR_BAND = Color.web("#009E73", 0.35);
    /** Links whose route or backend is withdrawn. */
    static final Color WITHDRAWN = Color.web("#bbbbbb");
    private static final Font NAME = Font.font(null, FontWeight.BOLD, 17);
    private static final Font DETAIL = Font.font(null, FontWeight.NORMAL, 13);
    private static final Font LINK = Font.font(null, FontWeight.NORMAL, 12.5);
    private static final Font PACKET = Font.font(null, FontWeight.BOLD, 14);

    private TopologyPainter() {}

    static void paint(GraphicsContext g, double w, double h, TopologyModel topo, Map<String, Point2D> at,
            Map<String, Point2D> shifts, List<PacketMarker> markers, int selected, RouteOverlay.Marks marks) {
        g.setFill(Color.web("#fafafa"));
        g.fillRect(0, 0, w, h);
        g.setTextBaseline(VPos.CENTER);
        for (LinkInfo l : topo.links()) {
            Point2D shift = shifts.getOrDefault(l.name(), Point2D.ZERO);
            Point2D a = at.get(l.a()).add(shift);
            Point2D b = at.get(l.b()).add(shift);
            if (marks.dsrLinks().contains(l.name())) {
                dsrBand(g, a, b);
            }
            link(g, l, a, b, topo, marks.withdrawnLinks().contains(l.name()));
        }
        for (NodeInfo n : topo.nodes()) {
            node(g, n, at.get(n.name()));
        }
        packets(g, markers, selected, h);
    }

    /** A wide translucent band under a link that carried a DSR reply (server to client, LB bypassed). */
    private static void dsrBand(GraphicsContext g, Point2D a, Point2D b) {
        g.setStroke(DSR_BAND);
        g.setLineWidth(12);
        g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
    }

    private static void link(GraphicsContext g, LinkInfo l, Point2D a, Point2D b, TopologyModel topo,
            boolean withdrawn) {
        // A withdrawn route stays drawn, dashed and grey, so its return (re-announcement) is visible.
        g.setStroke(withdrawn ? WITHDRAWN : Color.web("#666666"));
        g.setLineWidth(2);
        g.setLineDashes(withdrawn ? new double[] {8, 6} : null);
        g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
        g.setLineDashes(null);
        // Text reads left to right: measure the angle from the left end.
        Point2D left = a.getX() <= b.getX() ? a : b;
        Point2D right = left == a ? b : a;
        double angle = Math.toDegrees(Math.atan2(right.getY() - left.getY(), right.getX() - left.getX()));
        g.setFill(Color.web("#333333"));
        g.setFont(LINK);
        // A little towards the left end: where links fan into a server column, midpoints crowd.
        along(g, l.label(), left, right, 0.42, -11, angle);
        g.setFill(Color.web("#005a8c"));
        endAddress(g, topo, l.a(), l.aAddress(), a, b, angle, left == a);
        endAddress(g, topo, l.b(), l.bAddress(), b, a, angle, left == b);
    }

    /**
     * A host's interface address, on the link it belongs to, just outside the host's box and on the
     * other side of the line from the rate label.
     */
    private static void endAddress(GraphicsContext g, TopologyModel topo, String node, String address, Point2D from,
            Point2D to, double angle, boolean fromIsLeft) {
        boolean host = topo.node(node).map(n -> n.role() == NodeRole.CLIENT || n.role() == NodeRole.SERVER)
                .orElse(false);
        double len = to.distance(from);
        if (!host || address.isEmpty() || len < NODE_W + 90) {
            return;
        }
        Point2D u = to.subtract(from).normalize();
        double edge = Math.min(u.getX() == 0 ? Double.MAX_VALUE : NODE_W / 2 / Math.abs(u.getX()),
                u.getY() == 0 ? Double.MAX_VALUE : NODE_H / 2 / Math.abs(u.getY()));
        double f = (edge + 8 + address.length() * 3.6) / len;
        Point2D left = fromIsLeft ? from : to;
        Point2D right = fromIsLeft ? to : from;
        along(g, address, left, right, fromIsLeft ? f : 1 - f, 11, angle);
    }

    private static void along(GraphicsContext g, String text, Point2D left, Point2D right, double f, double side,
            double angle) {
        Point2D p = left.add(right.subtract(left).multiply(f));
        g.save();
        g.translate(p.getX(), p.getY());
        g.rotate(angle);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text, 0, side);
        g.restore();
    }

    private static void node(GraphicsContext g, NodeInfo n, Point2D p) {
        double x = p.getX() - NODE_W / 2;
        double y = p.getY() - NODE_H / 2;
        g.setFill(Color.WHITE);
        g.setStroke(n.role() == NodeRole.LOAD_BALANCER ? Color.web("#D55E00") : Color.web("#0072B2"));
        g.setLineWidth(n.role() == NodeRole.LOAD_BALANCER ? 3 : 2);
        g.fillRoundRect(x, y, NODE_W, NODE_H, 12, 12);
        g.strokeRoundRect(x, y, NODE_W, NODE_H, 12, 12);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(Color.BLACK);
        g.setFont(NAME);
        boolean detail = !n.services().isEmpty();
        g.fillText(n.name(), p.getX(), p.getY() - (detail ? 10 : 0));
        if (detail) {
            g.setFont(DETAIL);
            g.setFill(Color.web("#444444"));
            String prefix = n.role() == NodeRole.LOAD_BALANCER ? "VIP " : "lo ";
            g.fillText(prefix + String.join(", ", n.services()), p.getX(), p.getY() + 12);
        }
    }

    private static void packets(GraphicsContext g, List<PacketMarker> markers, int selected, double h) {
        for (PacketMarker m : markers) {
            Point2D p = m.position();
            g.setFill(PacketPalette.colour(m.hop().kind()));
            g.fillOval(p.getX() - MARKER_R, p.getY() - MARKER_R, 2 * MARKER_R, 2 * MARKER_R);
            if (m.hop().departIndex() == selected) {
                g.setStroke(Color.BLACK);
                g.setLineWidth(3);
                g.strokeOval(p.getX() - MARKER_R - 4, p.getY() - MARKER_R - 4, 2 * MARKER_R + 8, 2 * MARKER_R + 8);
            }
        }
        List<PacketMarker> byPriority = new ArrayList<>(markers);
        byPriority.sort(Comparator.comparingInt(m -> priority(m, selected)));
        List<Bounds> taken = new ArrayList<>();
        g.setFont(PACKET);
        g.setTextAlign(TextAlignment.CENTER);
        for (PacketMarker m : byPriority) {
            String text = m.label();
            double tw = text.length() * 8.2 + 4;
            Point2D p = m.position();
            double ty = p.getY() < h / 2 ? p.getY() - MARKER_R - 10 : p.getY() + MARKER_R + 10;
            Bounds box = new BoundingBox(p.getX() - tw / 2, ty - 9, tw, 18);
            if (taken.stream().anyMatch(box::intersects)) {
                continue;
            }
            taken.add(box);
            g.setFill(Color.rgb(250, 250, 250, 0.85));
            g.fillRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
            g.setFill(Color.BLACK);
            g.fillText(text, p.getX(), ty);
        }
    }

    private static int priority(PacketMarker m, int selected) {
        if (m.hop().departIndex() == selected) {
            return 0;
        }
        EventKind k = m.hop().kind();
        return k == EventKind.ACK ? 3 : k == EventKind.DSS_DATA || k == EventKind.DATA ? 2 : 1;
    }
}
