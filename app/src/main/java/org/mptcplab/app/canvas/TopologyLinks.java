package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.Rgba;
import org.mptcplab.app.diagram.Stroke;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.diagram.TextMeasure;
import org.mptcplab.app.playback.LinkInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.TopologyModel;

/**
 * The marks of one topology link for {@link TopologyDiagrams}: the line, its rate and delay label and
 * the hosts' interface addresses at its ends. Labels read left to right along the link. Addresses are
 * placed for every link before any rate label, as they name what the lesson is about; each goes just
 * outside its host's box, a little further along or across the line when that spot is covered. The
 * rate label sits a little towards the left end (where links fan into a server column, midpoints
 * crowd), moves along the link and then across it when covered, and is left out where it fits nowhere,
 * which happens with large type on a small canvas.
 */
final class TopologyLinks {
    /** Places along the link tried for the rate label, in order. */
    private static final double[] SPOTS = {0.42, 0.3, 0.56, 0.66, 0.2, 0.76};
    private final DiagramStyle style;
    private final TopologyModel topo;
    private final LabelSpace space;

    /** Links of {@code topo} in {@code style}, with labels only where {@code space} is free (it fills up). */
    TopologyLinks(DiagramStyle style, TopologyModel topo, LabelSpace space) {
        this.style = style;
        this.topo = topo;
        this.space = space;
    }

    /** The line from {@code a} to {@code b} into {@code out}. */
    void line(List<Mark> out, Pt a, Pt b, boolean withdrawn) {
        DiagramPalette t = style.theme();
        // A withdrawn route stays drawn, dashed and grey, so its return (re-announcement) is visible.
        out.add(Mark.Line.of(a, b, withdrawn
                ? Stroke.dashed(t.withdrawn(), style.line(2), style.size(8), style.size(6))
                : Stroke.solid(t.link(), style.line(2)), false));
    }

    /** The rate and delay label of {@code l}, drawn from {@code a} to {@code b}, into {@code labels}. */
    void rate(List<Mark> labels, LinkInfo l, Pt a, Pt b) {
        Pt left = a.x() <= b.x() ? a : b;
        Pt right = left == a ? b : a;
        double size = labelSize();
        for (double side : new double[] {-size * 0.9, size * 0.9}) {
            for (double f : SPOTS) {
                if (place(labels, l.label(), left, right, f, side, style.theme().muted(), true)) {
                    return;
                }
            }
        }
    }

    /** The interface addresses at both ends of {@code l} into {@code labels}, for the ends that are hosts. */
    void addresses(List<Mark> labels, LinkInfo l, Pt a, Pt b) {
        boolean aLeft = a.x() <= b.x();
        endAddress(labels, l.a(), l.aAddress(), a, b, aLeft);
        endAddress(labels, l.b(), l.bAddress(), b, a, !aLeft);
    }

    /** A host's interface address on its link, just outside the host's box, across the line from the rate. */
    private void endAddress(List<Mark> out, String node, String address, Pt from, Pt to, boolean fromIsLeft) {
        boolean host = topo.node(node).map(n -> n.role() == NodeRole.CLIENT || n.role() == NodeRole.SERVER)
                .orElse(false);
        double len = to.distance(from);
        double size = labelSize();
        double tw = TextMeasure.width(address, size, false);
        double nodeW = TopologyDiagrams.nodeWidth(style);
        if (!host || address.isEmpty() || len < nodeW + tw + 20) {
            return;
        }
        Pt u = to.subtract(from).normalize();
        double edge = Math.min(u.x() == 0 ? Double.MAX_VALUE : nodeW / 2 / Math.abs(u.x()),
                u.y() == 0 ? Double.MAX_VALUE : TopologyDiagrams.nodeHeight(style) / 2 / Math.abs(u.y()));
        Pt left = fromIsLeft ? from : to;
        Pt right = fromIsLeft ? to : from;
        for (double side : new double[] {size * 0.9, -size * 0.9}) {
            for (double extra : new double[] {0, size * 1.5}) {
                double f = (edge + style.size(8) + extra + tw / 2) / len;
                if (place(out, address, left, right, fromIsLeft ? f : 1 - f, side, style.theme().accent(), false)) {
                    return;
                }
            }
        }
    }

    private double labelSize() {
        return TopologyDiagrams.scaled(style, 12.5);
    }

    /**
     * Draws {@code text} at fraction {@code f}, {@code side} across, when that box is free, as a label
     * a packet's may push out when {@code expendable}; says whether it did.
     */
    private boolean place(List<Mark> out, String text, Pt left, Pt right, double f, double side, Rgba colour,
            boolean expendable) {
        double size = labelSize();
        double[] box = bounds(text, left, right, f, side, size);
        if (!space.free(box)) {
            return false;
        }
        List<Mark> marks = new ArrayList<>();
        along(marks, text, left, right, f, side, size, colour);
        out.addAll(marks);
        space.take(box, expendable ? marks : null);
        return true;
    }

    /** Centre of a label {@code side} units across the link at fraction {@code f} from {@code left}. */
    private static Pt centre(Pt left, Pt right, double f, double side) {
        Pt p = left.add(right.subtract(left).multiply(f));
        return p.add(right.subtract(left).normalize().normal().multiply(side));
    }

    /** Upright bounding box {x, y, w, h} of the turned label, for overlap tests. */
    private static double[] bounds(String text, Pt left, Pt right, double f, double side, double size) {
        Pt c = centre(left, right, f, side);
        Pt u = right.subtract(left).normalize();
        double hw = TextMeasure.width(text, size, false) / 2;
        double hh = size * 0.55;
        double ex = Math.abs(u.x()) * hw + Math.abs(u.y()) * hh;
        double ey = Math.abs(u.y()) * hw + Math.abs(u.x()) * hh;
        return new double[] {c.x() - ex, c.y() - ey, 2 * ex, 2 * ey};
    }

    private void along(List<Mark> out, String text, Pt left, Pt right, double f, double side, double size,
            Rgba colour) {
        Pt c = centre(left, right, f, side);
        Pt u = right.subtract(left).normalize();
        double angle = Math.toDegrees(Math.atan2(u.y(), u.x()));
        if (style.theme().boxedLinkLabels()) {
            // The box turns with the text: half extents along the link (u) and across it (v).
            Pt du = u.multiply(TextMeasure.width(text, size, false) / 2 + 3);
            Pt dv = u.normal().multiply(size * 0.62);
            out.add(new Mark.Polygon(List.of(c.subtract(du).subtract(dv), c.add(du).subtract(dv),
                    c.add(du).add(dv), c.subtract(du).add(dv)), style.theme().labelBackground()));
        }
        out.add(new Mark.Text(c.x(), c.y(), text, TextAnchor.MIDDLE, size, false, colour, angle));
    }
}
