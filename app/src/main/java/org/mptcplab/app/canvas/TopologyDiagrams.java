package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.Rgba;
import org.mptcplab.app.diagram.Stroke;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.diagram.TextMeasure;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.LinkInfo;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.TopologyModel;

/**
 * Builds the {@link Diagram} of the topology with the packets in flight: the screen draws it with
 * the JavaFX back end, the exporter writes it to files. Sized for a projector at 1280x800 with 12 pt
 * labels: node names 17 units bold, packet labels 14 bold, other text scaled from the label size.
 * Labels along links turn with the link so that neighbouring links' labels do not collide. A packet
 * label goes above, below, right or left of its marker, wherever it covers no node box and no earlier
 * label, and is left out when there is no such place; labels are placed most telling kinds first (the selected
 * packet, then signalling, then data, then ACKs), so the marker colours still say what the hidden
 * ones are. The style's zoom scales boxes, markers, gaps and line widths with the text, and its palette
 * gives every colour, so presenter mode and the dark and high-contrast themes need no code of their own.
 *
 * <p>Groups: {@code node} (id = name), {@code link} (id = link name), {@code packet} (id = trace
 * index of the hop's departure).
 */
public final class TopologyDiagrams {
    /** Node box width at zoom 1 (at least; long names widen a box). */
    public static final double NODE_W = 118;
    /** Node box height. */
    public static final double NODE_H = 54;
    /** Packet marker radius. */
    public static final double MARKER_R = 10;
    /** Band under links that carried a DSR reply, light palette (legends of exported figures). */
    public static final Rgba DSR_BAND = Rgba.hex("#009E73").withAlpha(0.35);
    /** Links whose route or backend is withdrawn, light palette. */
    public static final Rgba WITHDRAWN = Rgba.hex("#bbbbbb");

    private TopologyDiagrams() {
    }

    /** Node box width at the zoom of {@code style}. */
    public static double nodeWidth(DiagramStyle style) {
        return style.size(NODE_W);
    }

    /** Node box height at the zoom of {@code style}. */
    public static double nodeHeight(DiagramStyle style) {
        return style.size(NODE_H);
    }

    /** Packet marker radius at the zoom of {@code style}. */
    public static double markerRadius(DiagramStyle style) {
        return style.size(MARKER_R);
    }

    /**
     * The picture of {@code topo} in a {@code w} x {@code h} area with node centres {@code at}, link
     * shifts {@code shifts}, packet {@code markers}, the packet of event {@code selected} ringed and the
     * route {@code marks} shown.
     */
    public static Diagram build(double w, double h, TopologyModel topo, Map<String, Pt> at, Map<String, Pt> shifts,
            List<PacketMarker> markers, int selected, RouteOverlay.Marks marks, DiagramStyle style) {
        List<Mark> out = new ArrayList<>();
        out.add(new Mark.Rect(0, 0, Math.max(1, w), Math.max(1, h), 0, style.theme().background(), null));
        // Node boxes first (drawn after the links): link labels must not land under them.
        List<double[]> boxes = new ArrayList<>();
        List<Mark> nodes = new ArrayList<>();
        for (NodeInfo n : topo.nodes()) {
            List<Mark> node = node(n, at.get(n.name()), style);
            Mark.Rect box = (Mark.Rect) node.get(0);
            boxes.add(new double[] {box.x(), box.y(), box.width(), box.height()});
            nodes.add(new Mark.Group("node", n.name(), node));
        }
        // Boxed labels go above every line, or a later link would cross them; plain ones stay in their link.
        List<Mark> linkLabels = new ArrayList<>();
        boolean boxed = style.theme().boxedLinkLabels();
        List<double[]> taken = new ArrayList<>(boxes);
        for (LinkInfo l : topo.links()) {
            Pt shift = shifts.getOrDefault(l.name(), Pt.ZERO);
            Pt a = at.get(l.a()).add(shift);
            Pt b = at.get(l.b()).add(shift);
            List<Mark> link = new ArrayList<>();
            if (marks.dsrLinks().contains(l.name())) {
                link.add(Mark.Line.of(a, b, Stroke.solid(style.theme().dsrBand(), style.size(12)), false));
            }
            new TopologyLinks(style, topo, taken).add(link, boxed ? linkLabels : link, l, a, b,
                    marks.withdrawnLinks().contains(l.name()));
            out.add(new Mark.Group("link", l.name(), link));
        }
        if (!linkLabels.isEmpty()) {
            out.add(new Mark.Group("labels", "links", linkLabels));
        }
        out.addAll(nodes);
        packets(out, markers, selected, h, style, boxes);
        return new Diagram(Math.max(1, w), Math.max(1, h), out);
    }

    static double scaled(DiagramStyle style, double screenSize) {
        return screenSize * style.fontSize() / 12;
    }

    private static List<Mark> node(NodeInfo n, Pt p, DiagramStyle style) {
        DiagramPalette t = style.theme();
        boolean lb = n.role() == NodeRole.LOAD_BALANCER;
        List<String> lines = new ArrayList<>();
        if (!n.services().isEmpty()) {
            lines.add((lb ? "VIP " : "lo ") + String.join(", ", n.services()));
        }
        double nameSize = scaled(style, 17);
        double detailSize = scaled(style, 13);
        double w = Math.max(nodeWidth(style), Math.max(TextMeasure.width(n.name(), nameSize, true),
                lines.isEmpty() ? 0 : TextMeasure.width(lines.get(0), detailSize, false)) + 14);
        double h = Math.max(nodeHeight(style), lines.isEmpty() ? nameSize * 2 : nameSize * 1.3 + detailSize * 1.6);
        List<Mark> out = new ArrayList<>();
        out.add(new Mark.Rect(p.x() - w / 2, p.y() - h / 2, w, h, style.size(6), t.nodeFill(),
                Stroke.solid(lb ? t.cursor() : t.hostOutline(), style.line(lb ? 3 : 2))));
        double nameY = lines.isEmpty() ? p.y() : p.y() - h * 0.18;
        out.add(Mark.Text.of(p.x(), nameY, n.name(), TextAnchor.MIDDLE, nameSize, true, t.foreground()));
        if (!lines.isEmpty()) {
            out.add(Mark.Text.of(p.x(), p.y() + h * 0.22, lines.get(0), TextAnchor.MIDDLE, detailSize, false,
                    t.muted()));
        }
        return out;
    }

    private static void packets(List<Mark> out, List<PacketMarker> markers, int selected, double h,
            DiagramStyle style, List<double[]> nodeBoxes) {
        DiagramPalette t = style.theme();
        double r = markerRadius(style);
        List<List<Mark>> groups = new ArrayList<>();
        for (PacketMarker m : markers) {
            Pt p = m.position();
            List<Mark> g = new ArrayList<>();
            g.add(new Mark.Circle(p.x(), p.y(), r, t.packet(m.hop().kind()), null));
            if (m.hop().departIndex() == selected) {
                g.add(new Mark.Circle(p.x(), p.y(), r + style.size(4), null, Stroke.solid(t.foreground(),
                        style.line(3))));
            }
            groups.add(g);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> priority(markers.get(i), selected)));
        for (int i = 0; i < markers.size(); i++) {
            out.add(new Mark.Group("packet", Integer.toString(markers.get(i).hop().departIndex()), groups.get(i)));
        }
        // Labels after every marker, so no marker covers a label.
        List<Mark> labels = new ArrayList<>();
        // Node boxes count as taken: a label never covers a node's name or address.
        List<double[]> taken = new ArrayList<>(nodeBoxes);
        double size = scaled(style, 14);
        for (int i : order) {
            PacketMarker m = markers.get(i);
            String text = m.label();
            double tw = TextMeasure.width(text, size, true) + 6;
            Pt p = m.position();
            double dy = r + size * 0.75;
            double dx = r + style.size(4) + tw / 2;
            double side = p.y() < h / 2 ? -1 : 1;
            // Preferred side first, then the other side, then right and left of the marker.
            double[][] centres = {{p.x(), p.y() + side * dy}, {p.x(), p.y() - side * dy}, {p.x() + dx, p.y()},
                {p.x() - dx, p.y()}};
            for (double[] c : centres) {
                double[] box = {c[0] - tw / 2, c[1] - size * 0.65, tw, size * 1.3};
                if (taken.stream().noneMatch(o -> o[0] < box[0] + box[2] && box[0] < o[0] + o[2]
                        && o[1] < box[1] + box[3] && box[1] < o[1] + o[3])) {
                    taken.add(box);
                    labels.add(new Mark.Rect(box[0], box[1], box[2], box[3], 0, t.labelBackground(), null));
                    labels.add(Mark.Text.of(c[0], c[1], text, TextAnchor.MIDDLE, size, true, t.foreground()));
                    break;
                }
            }
        }
        out.add(new Mark.Group("labels", "packets", labels));
    }

    private static int priority(PacketMarker m, int selected) {
        if (m.hop().departIndex() == selected) {
            return 0;
        }
        EventKind k = m.hop().kind();
        return k == EventKind.ACK ? 3 : k == EventKind.DSS_DATA || k == EventKind.DATA ? 2 : 1;
    }
}
