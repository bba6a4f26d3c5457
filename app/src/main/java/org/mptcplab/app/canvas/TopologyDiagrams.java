package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.Stroke;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.diagram.TextMeasure;
import org.mptcplab.app.playback.LinkInfo;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.TopologyModel;

/**
 * Builds the {@link Diagram} of the topology with the packets in flight: the screen draws it with
 * the JavaFX back end, the exporter writes it to files. Sized for a projector at 1280x800 with 12 pt
 * labels: node names 17 units bold, packet labels 14 bold, other text scaled from the label size.
 * Labels along links turn with the link. Every text outside a node box is placed first fit in one
 * {@code LabelSpace}: link addresses, then link rates ({@code TopologyLinks}), then packet labels
 * ({@code PacketLabels}), so no two labels overlap and none covers a node box; a label with no free
 * place is left out (a rate first, then the least telling packets); the selected packet's and
 * signalling packets' labels may push a rate label out for the frame. The style's zoom scales boxes,
 * markers, gaps and line widths with the text, and its palette gives every colour, so presenter mode
 * and the dark and high-contrast themes need no code of their own.
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
        boolean boxed = style.theme().boxedLinkLabels();
        LabelSpace space = new LabelSpace(boxes);
        TopologyLinks links = new TopologyLinks(style, topo, space);
        List<List<Mark>> lines = new ArrayList<>();
        List<List<Mark>> labels = new ArrayList<>();
        List<Pt[]> ends = new ArrayList<>();
        for (LinkInfo l : topo.links()) {
            Pt shift = shifts.getOrDefault(l.name(), Pt.ZERO);
            Pt a = at.get(l.a()).add(shift);
            Pt b = at.get(l.b()).add(shift);
            List<Mark> link = new ArrayList<>();
            if (marks.dsrLinks().contains(l.name())) {
                link.add(Mark.Line.of(a, b, Stroke.solid(style.theme().dsrBand(), style.size(12)), false));
            }
            links.line(link, a, b, marks.withdrawnLinks().contains(l.name()));
            lines.add(link);
            ends.add(new Pt[] {a, b});
            labels.add(new ArrayList<>());
            links.addresses(labels.get(labels.size() - 1), l, a, b);
        }
        // Rates after every address: a rate label may be left out, an address only when it fits nowhere.
        for (int i = 0; i < ends.size(); i++) {
            links.rate(labels.get(i), topo.links().get(i), ends.get(i)[0], ends.get(i)[1]);
        }
        // Packet labels before the link groups are made: they may push rate labels out.
        List<Mark> packetLabels = PacketLabels.place(markers, selected, h, style, space);
        Set<Mark> evicted = Collections.newSetFromMap(new IdentityHashMap<>());
        evicted.addAll(space.evicted());
        List<Mark> linkLabels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            labels.get(i).removeIf(evicted::contains);
            (boxed ? linkLabels : lines.get(i)).addAll(labels.get(i));
            out.add(new Mark.Group("link", topo.links().get(i).name(), lines.get(i)));
        }
        if (!linkLabels.isEmpty()) {
            out.add(new Mark.Group("labels", "links", linkLabels));
        }
        out.addAll(nodes);
        packets(out, markers, selected, style);
        out.add(new Mark.Group("labels", "packets", packetLabels));
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

    private static void packets(List<Mark> out, List<PacketMarker> markers, int selected, DiagramStyle style) {
        DiagramPalette t = style.theme();
        double r = markerRadius(style);
        // The most telling packets drawn last, on top: an MP_JOIN never hides under an ACK train.
        List<PacketMarker> order = new ArrayList<>(markers);
        order.sort(Comparator.comparingInt((PacketMarker m) -> PacketLabels.priority(m, selected)).reversed());
        for (PacketMarker m : order) {
            Pt p = m.position();
            List<Mark> g = new ArrayList<>();
            g.add(new Mark.Circle(p.x(), p.y(), r, t.packet(m.hop().kind()), null));
            if (m.hop().departIndex() == selected) {
                g.add(new Mark.Circle(p.x(), p.y(), r + style.size(4), null, Stroke.solid(t.foreground(),
                        style.line(3))));
            }
            out.add(new Mark.Group("packet", Integer.toString(m.hop().departIndex()), g));
        }
    }
}
