package org.mptcplab.app.canvas;

import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.diagram.TextMeasure;

/**
 * The box a text mark covers on the page, turned with the text: {@link TextMeasure} width by 1.1 times
 * the type size (ascent plus descent of the sans font), and an exact overlap test for two such boxes.
 */
final class TextBoxes {
    private TextBoxes() {
    }

    /** The four corners of {@code t}'s box, in order around it. */
    static Pt[] corners(Mark.Text t) {
        double w = TextMeasure.width(t.text(), t.size(), t.bold());
        double h = t.size() * 1.1;
        double x0 = t.anchor() == TextAnchor.START ? 0 : t.anchor() == TextAnchor.MIDDLE ? -w / 2 : -w;
        double a = Math.toRadians(t.rotation());
        double[][] local = {{x0, -h / 2}, {x0 + w, -h / 2}, {x0 + w, h / 2}, {x0, h / 2}};
        Pt[] out = new Pt[4];
        for (int i = 0; i < 4; i++) {
            double lx = local[i][0];
            double ly = local[i][1];
            out[i] = new Pt(t.x() + lx * Math.cos(a) - ly * Math.sin(a), t.y() + lx * Math.sin(a) + ly * Math.cos(a));
        }
        return out;
    }

    /** True when the convex quadrilaterals {@code a} and {@code b} share more than an edge (separating axes). */
    static boolean overlap(Pt[] a, Pt[] b) {
        return !separated(a, b) && !separated(b, a);
    }

    private static boolean separated(Pt[] edges, Pt[] other) {
        for (int i = 0; i < edges.length; i++) {
            Pt e = edges[(i + 1) % edges.length].subtract(edges[i]);
            Pt axis = new Pt(-e.y(), e.x());
            double[] p = project(edges, axis);
            double[] q = project(other, axis);
            // A small tolerance: boxes that only touch do not count.
            double eps = 1e-6 * Math.max(1, axis.magnitude());
            if (p[1] <= q[0] + eps || q[1] <= p[0] + eps) {
                return true;
            }
        }
        return false;
    }

    private static double[] project(Pt[] pts, Pt axis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Pt p : pts) {
            double v = p.x() * axis.x() + p.y() * axis.y();
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }
}
