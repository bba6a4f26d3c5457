package org.mptcplab.app.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One element of a {@link Diagram}'s display list. Coordinates are diagram units, y downwards.
 */
public sealed interface Mark permits Mark.Line, Mark.Polygon, Mark.Rect, Mark.Circle, Mark.Text, Mark.Group {

    /** Hands this mark to the visitor method of its kind. */
    void accept(MarkVisitor v);

    /**
     * A polyline, optionally with a filled arrow head at its last point.
     *
     * @param points    at least two points
     * @param stroke    how it is drawn
     * @param arrowHead whether a head (length {@link #HEAD_LENGTH}) ends it
     */
    record Line(List<Pt> points, Stroke stroke, boolean arrowHead) implements Mark {
        /** Length of an arrow head per unit of line width, with a floor, diagram units. */
        public static final double HEAD_LENGTH = 11;

        public Line {
            points = List.copyOf(points);
            if (points.size() < 2) {
                throw new IllegalArgumentException("a line needs two points");
            }
            Objects.requireNonNull(stroke, "stroke");
        }

        /** A straight segment. */
        public static Line of(Pt a, Pt b, Stroke stroke, boolean arrowHead) {
            return new Line(List.of(a, b), stroke, arrowHead);
        }

        /** The triangle of the arrow head, tip first, or an empty list when there is none. */
        public List<Pt> headTriangle() {
            if (!arrowHead) {
                return List.of();
            }
            Pt e = points.get(points.size() - 1);
            Pt u = e.subtract(points.get(points.size() - 2)).normalize();
            double len = Math.max(HEAD_LENGTH, stroke.width() * 3);
            Pt back = e.subtract(u.multiply(len));
            Pt n = u.normal().multiply(len / 2);
            return List.of(e, back.add(n), back.subtract(n));
        }

        /**
         * The points to stroke: with an arrow head the last one moves back to the head's base, so a
         * thick line does not poke through the tip. Every renderer strokes these, then fills the head.
         */
        public List<Pt> shaft() {
            if (!arrowHead) {
                return points;
            }
            List<Pt> head = headTriangle();
            List<Pt> out = new ArrayList<>(points.subList(0, points.size() - 1));
            out.add(head.get(1).midpoint(head.get(2)));
            return out;
        }

        @Override
        public void accept(MarkVisitor v) {
            v.line(this);
        }
    }

    /** A closed filled polygon. */
    record Polygon(List<Pt> points, Rgba fill) implements Mark {
        public Polygon {
            points = List.copyOf(points);
            Objects.requireNonNull(fill, "fill");
        }

        @Override
        public void accept(MarkVisitor v) {
            v.polygon(this);
        }
    }

    /**
     * A rectangle with corner radius {@code radius} (0 = square corners); fill or stroke may be null.
     */
    record Rect(double x, double y, double width, double height, double radius, Rgba fill, Stroke stroke)
            implements Mark {
        @Override
        public void accept(MarkVisitor v) {
            v.rect(this);
        }
    }

    /** A circle; fill or stroke may be null. */
    record Circle(double cx, double cy, double r, Rgba fill, Stroke stroke) implements Mark {
        @Override
        public void accept(MarkVisitor v) {
            v.circle(this);
        }
    }

    /**
     * One line of text. {@code (x, y)} is the anchor point, y the vertical centre; the text is turned
     * by {@code rotation} degrees (clockwise, y-down) around that point.
     */
    record Text(double x, double y, String text, TextAnchor anchor, double size, boolean bold, Rgba colour,
            double rotation) implements Mark {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(colour, "colour");
        }

        /** Unrotated text. */
        public static Text of(double x, double y, String text, TextAnchor anchor, double size, boolean bold,
                Rgba colour) {
            return new Text(x, y, text, anchor, size, bold, colour, 0);
        }

        @Override
        public void accept(MarkVisitor v) {
            v.text(this);
        }
    }

    /**
     * Marks that belong together, with a semantic role and id ("lane" / "client", "arrow" / "17"):
     * SVG writes them as {@code <g id=... class=...>} and tests count them.
     */
    record Group(String role, String id, List<Mark> children) implements Mark {
        public Group {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(id, "id");
            children = List.copyOf(children);
        }

        @Override
        public void accept(MarkVisitor v) {
            v.group(this);
        }
    }
}
