package org.mptcplab.app.canvas;

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
 * the hosts' interface addresses at its ends. Labels read left to right along the link. The rate label
 * sits a little towards the left end (where links fan into a server column, midpoints crowd); when that
 * spot covers a node box or an earlier label it moves along the link, and it is left out where it fits
 * nowhere, which happens with large type on a small canvas.
 */
final class TopologyLinks {
    /** Places along the link tried for the rate label, in order. */
    private static final double[] SPOTS = {0.42, 0.3, 0.56, 0.66, 0.2, 0.76};
    private final DiagramStyle style;
    private final TopologyModel topo;
    private final List<double[]> taken;

    /** Links of {@code topo} in {@code style}, avoiding the boxes in {@code taken} (which grows). */
    TopologyLinks(DiagramStyle style, TopologyModel topo, List<double[]> taken) {
        this.style = style;
        this.topo = topo;
        this.taken = taken;
    }

    /** The line of {@code l} from {@code a} to {@code b} into {@code out}, its labels into {@code labels}. */
    void add(List<Mark> out, List<Mark> labels, LinkInfo l, Pt a, Pt b, boolean withdrawn) {
        DiagramPalette t = style.theme();
        // A withdrawn route stays drawn, dashed and grey, so its return (re-announcement) is visible.
        out.add(Mark.Line.of(a, b, withdrawn
                ? Stroke.dashed(t.withdrawn(), style.line(2), style.size(8), style.size(6))
                : Stroke.solid(t.link(), style.line(2)), false));
        Pt left = a.x() <= b.x() ? a : b;
        Pt right = left == a ? b : a;
        double angle = Math.toDegrees(Math.atan2(right.y() - left.y(), right.x() - left.x()));
        double size = TopologyDiagrams.scaled(style, 12.5);
        for (double f : SPOTS) {
            double[] box = bounds(l.label(), left, right, f, -size * 0.9, size);
            if (taken.stream().noneMatch(o -> overlaps(o, box))) {
                taken.add(box);
                along(labels, l.label(), left, right, f, -size * 0.9, angle, size, t.muted());
                break;
            }
        }
        endAddress(labels, l.a(), l.aAddress(), a, b, angle, left == a);
        endAddress(labels, l.b(), l.bAddress(), b, a, angle, left == b);
    }

    /** A host's interface address on its link, just outside the host's box, across the line from the rate. */
    private void endAddress(List<Mark> out, String node, String address, Pt from, Pt to, double angle,
            boolean fromIsLeft) {
        boolean host = topo.node(node).map(n -> n.role() == NodeRole.CLIENT || n.role() == NodeRole.SERVER)
                .orElse(false);
        double len = to.distance(from);
        double size = TopologyDiagrams.scaled(style, 12.5);
        double tw = TextMeasure.width(address, size, false);
        double nodeW = TopologyDiagrams.nodeWidth(style);
        if (!host || address.isEmpty() || len < nodeW + tw + 20) {
            return;
        }
        Pt u = to.subtract(from).normalize();
        double edge = Math.min(u.x() == 0 ? Double.MAX_VALUE : nodeW / 2 / Math.abs(u.x()),
                u.y() == 0 ? Double.MAX_VALUE : TopologyDiagrams.nodeHeight(style) / 2 / Math.abs(u.y()));
        double f = (edge + style.size(8) + tw / 2) / len;
        Pt left = fromIsLeft ? from : to;
        Pt right = fromIsLeft ? to : from;
        double at = fromIsLeft ? f : 1 - f;
        taken.add(bounds(address, left, right, at, size * 0.9, size));
        along(out, address, left, right, at, size * 0.9, angle, size, style.theme().accent());
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

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private void along(List<Mark> out, String text, Pt left, Pt right, double f, double side, double angle,
            double size, Rgba colour) {
        Pt c = centre(left, right, f, side);
        if (style.theme().boxedLinkLabels()) {
            // The box turns with the text: half extents along the link (u) and across it (v).
            Pt u = right.subtract(left).normalize();
            Pt du = u.multiply(TextMeasure.width(text, size, false) / 2 + 3);
            Pt dv = u.normal().multiply(size * 0.62);
            out.add(new Mark.Polygon(List.of(c.subtract(du).subtract(dv), c.add(du).subtract(dv), c.add(du).add(dv),
                    c.subtract(du).add(dv)), style.theme().labelBackground()));
        }
        out.add(new Mark.Text(c.x(), c.y(), text, TextAnchor.MIDDLE, size, false, colour, angle));
    }
}
