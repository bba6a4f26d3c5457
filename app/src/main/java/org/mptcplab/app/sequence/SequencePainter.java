package org.mptcplab.app.sequence;

import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Geometry and painting of one frame of the sequence chart, for a canvas of {@code width} x
 * {@code height} scrolled down by {@code scrollY}. Only rows in view are drawn, so a chart of any
 * length costs one screenful per frame.
 */
final class SequencePainter {
    static final double ROW = 26;
    private static final double TOP = 34;
    private static final double LEFT = 78;
    private static final Font LANE = Font.font(null, FontWeight.BOLD, 14);
    private static final Font LABEL = Font.font(null, FontWeight.NORMAL, 12);
    private final double width;
    private final double height;
    private final double scrollY;

    SequencePainter(double width, double height, double scrollY) {
        this.width = width;
        this.height = height;
        this.scrollY = scrollY;
    }

    /** Y of row {@code r} in content coordinates (before scrolling). */
    static double rowY(int r) {
        return (r + 1) * ROW;
    }

    /** Height of the whole chart, content coordinates plus the header. */
    static double contentHeight(SequenceChart c) {
        return TOP + rowY(c.rowTimes().size()) + 3 * ROW;
    }

    private double y(int row) {
        return TOP + rowY(row) - scrollY;
    }

    private double laneX(SequenceChart c, int lane) {
        int n = Math.max(1, c.lanes().size());
        return LEFT + (width - LEFT - 10) * (lane + 0.5) / n;
    }

    private Point2D start(SequenceChart c, SequenceArrow a) {
        return new Point2D(laneX(c, a.fromLane()), y(a.startRow()));
    }

    private Point2D end(SequenceChart c, SequenceArrow a) {
        double x = a.toLane() < 0 ? laneX(c, a.fromLane()) + 50 : laneX(c, a.toLane());
        // A packet still flying ends on the cursor row; the view draws it dashed and without a head.
        return new Point2D(x, y(a.endRow()));
    }

    /** Middle of {@code a}'s line; where its label sits. */
    Point2D midpoint(SequenceChart c, SequenceArrow a) {
        return start(c, a).midpoint(end(c, a));
    }

    /** The arrow under ({@code x}, {@code y}), or null. */
    SequenceArrow hitTest(SequenceChart c, double x, double y) {
        SequenceArrow best = null;
        double bestD = 7;
        for (SequenceArrow a : c.arrows()) {
            double d = distance(new Point2D(x, y), start(c, a), end(c, a));
            if (d <= bestD) {
                bestD = d;
                best = a;
            }
        }
        return best;
    }

    private static double distance(Point2D p, Point2D a, Point2D b) {
        Point2D ab = b.subtract(a);
        double len2 = ab.dotProduct(ab);
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / len2));
        return p.distance(a.add(ab.multiply(t)));
    }

    void paint(GraphicsContext g, SequenceChart c, Predicate<SequenceArrow> selected) {
        g.setFill(Color.web("#fafafa"));
        g.fillRect(0, 0, width, height);
        g.setTextBaseline(VPos.CENTER);
        timeAxis(g, c);
        for (int i = 0; i < c.lanes().size(); i++) {
            double x = laneX(c, i);
            g.setStroke(Color.web("#9a9a9a"));
            g.setLineWidth(1.5);
            g.strokeLine(x, TOP, x, height);
        }
        if (c.cursorRow() >= 0) {
            g.setStroke(Color.web("#D55E00"));
            g.setLineWidth(1);
            g.strokeLine(LEFT - 6, y(c.cursorRow()), width, y(c.cursorRow()));
        }
        for (SequenceArrow a : c.arrows()) {
            double top = Math.min(y(a.startRow()), y(a.endRow()));
            double bottom = Math.max(y(a.startRow()), y(a.endRow()));
            if (bottom >= TOP - ROW && top <= height + ROW) {
                arrow(g, c, a, selected.test(a));
            }
        }
        header(g, c);
    }

    private void timeAxis(GraphicsContext g, SequenceChart c) {
        g.setFont(LABEL);
        g.setFill(Color.web("#555555"));
        g.setTextAlign(TextAlignment.RIGHT);
        int first = Math.max(0, (int) Math.floor((scrollY - ROW) / ROW));
        long shown = Long.MIN_VALUE;
        for (int r = first; r < c.rowTimes().size() && y(r) <= height; r++) {
            long t = c.rowTimes().get(r);
            if (t != shown && y(r) > TOP) {
                g.fillText(String.format("%.3f ms", t / 1e6), LEFT - 10, y(r));
                shown = t;
            }
        }
    }

    private void header(GraphicsContext g, SequenceChart c) {
        g.setFill(Color.web("#eeeeee"));
        g.fillRect(0, 0, width, TOP);
        g.setFont(LANE);
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < c.lanes().size(); i++) {
            g.fillText(c.lanes().get(i).name(), laneX(c, i), TOP / 2);
        }
    }

    private void arrow(GraphicsContext g, SequenceChart c, SequenceArrow a, boolean selected) {
        Point2D s = start(c, a);
        Point2D e = end(c, a);
        if (selected) {
            g.setStroke(Color.BLACK);
            g.setLineWidth(a.count() > 1 ? 8 : 5);
            g.strokeLine(s.getX(), s.getY(), e.getX(), e.getY());
        }
        g.setStroke(SubflowPalette.colour(a.subflow()));
        g.setLineWidth(a.count() > 1 ? 5 : 2);
        g.setLineDashes(a.inFlight() ? new double[] {6, 4} : null);
        g.strokeLine(s.getX(), s.getY(), e.getX(), e.getY());
        g.setLineDashes(null);
        if (a.dropped()) {
            cross(g, e);
        } else if (!a.inFlight()) {
            head(g, s, e);
        }
        label(g, a, s.midpoint(e));
    }

    private static void head(GraphicsContext g, Point2D s, Point2D e) {
        Point2D u = e.subtract(s).normalize();
        Point2D n = new Point2D(-u.getY(), u.getX());
        Point2D back = e.subtract(u.multiply(10));
        Point2D l = back.add(n.multiply(5));
        Point2D r = back.subtract(n.multiply(5));
        g.setFill(g.getStroke());
        g.fillPolygon(new double[] {e.getX(), l.getX(), r.getX()}, new double[] {e.getY(), l.getY(), r.getY()}, 3);
    }

    private static void cross(GraphicsContext g, Point2D p) {
        g.setStroke(Color.BLACK);
        g.setLineWidth(3);
        g.strokeLine(p.getX() - 7, p.getY() - 7, p.getX() + 7, p.getY() + 7);
        g.strokeLine(p.getX() - 7, p.getY() + 7, p.getX() + 7, p.getY() - 7);
    }

    private static void label(GraphicsContext g, SequenceArrow a, Point2D m) {
        String text = a.label();
        double tw = text.length() * 6.6 + 6;
        g.setFill(Color.rgb(250, 250, 250, 0.85));
        g.fillRect(m.getX() - tw / 2, m.getY() - 17, tw, 15);
        g.setFill(Color.BLACK);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text, m.getX(), m.getY() - 9);
    }
}
