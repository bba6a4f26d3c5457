package org.mptcplab.app.diagram;

/**
 * A point or vector in diagram units (1 unit = 1 screen pixel = 1 PDF point). Toolkit-free, so
 * layout code can be shared by the screen and the exporters.
 */
public record Pt(double x, double y) {
    /** The origin. */
    public static final Pt ZERO = new Pt(0, 0);

    public Pt add(Pt o) {
        return new Pt(x + o.x, y + o.y);
    }

    public Pt subtract(Pt o) {
        return new Pt(x - o.x, y - o.y);
    }

    public Pt multiply(double f) {
        return new Pt(x * f, y * f);
    }

    public double dot(Pt o) {
        return x * o.x + y * o.y;
    }

    public double magnitude() {
        return Math.hypot(x, y);
    }

    public double distance(Pt o) {
        return Math.hypot(x - o.x, y - o.y);
    }

    public double distance(double px, double py) {
        return Math.hypot(x - px, y - py);
    }

    /** Unit vector in the same direction; the zero vector stays zero. */
    public Pt normalize() {
        double m = magnitude();
        return m == 0 ? ZERO : new Pt(x / m, y / m);
    }

    /** This vector turned a quarter turn (clockwise on a y-down screen). */
    public Pt normal() {
        return new Pt(-y, x);
    }

    public Pt midpoint(Pt o) {
        return new Pt((x + o.x) / 2, (y + o.y) / 2);
    }

    /** Distance from this point to the segment {@code a}-{@code b}. */
    public double distanceToSegment(Pt a, Pt b) {
        Pt ab = b.subtract(a);
        double len2 = ab.dot(ab);
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, subtract(a).dot(ab) / len2));
        return distance(a.add(ab.multiply(t)));
    }
}
