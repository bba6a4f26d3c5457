package org.mptcplab.app.diagram.fx;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.MarkVisitor;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.Rgba;
import org.mptcplab.app.diagram.Stroke;
import org.mptcplab.app.diagram.TextMeasure;

/**
 * Draws a {@link Diagram} on a JavaFX canvas: the screen back end. It follows the same conventions as
 * {@link org.mptcplab.app.diagram.Graphics2DRenderer} (text y is the vertical centre, anchors, arrow
 * heads from {@link Mark.Line#headTriangle()}), so the canvas and the exported files match.
 */
public final class FxRenderer implements MarkVisitor {
    private final GraphicsContext g;

    private FxRenderer(GraphicsContext g) {
        this.g = g;
    }

    /** Draws {@code d} on {@code g} at the canvas's scale. */
    public static void draw(Diagram d, GraphicsContext g) {
        g.save();
        g.setTextBaseline(VPos.CENTER);
        g.setLineCap(StrokeLineCap.ROUND);
        FxRenderer r = new FxRenderer(g);
        d.marks().forEach(m -> m.accept(r));
        g.restore();
    }

    /** The JavaFX colour of {@code c}. */
    public static Color fx(Rgba c) {
        return Color.rgb(c.r(), c.g(), c.b(), c.alpha());
    }

    private void stroke(Stroke s) {
        g.setStroke(fx(s.colour()));
        g.setLineWidth(s.width());
        g.setLineDashes(s.isDashed() ? new double[] {s.dashOn(), s.dashOff()} : null);
        g.setLineCap(s.isDashed() ? StrokeLineCap.BUTT : StrokeLineCap.ROUND);
    }

    private static double[] xs(List<Pt> pts) {
        return pts.stream().mapToDouble(Pt::x).toArray();
    }

    private static double[] ys(List<Pt> pts) {
        return pts.stream().mapToDouble(Pt::y).toArray();
    }

    @Override
    public void line(Mark.Line l) {
        stroke(l.stroke());
        List<Pt> pts = l.shaft();
        g.strokePolyline(xs(pts), ys(pts), pts.size());
        g.setLineDashes(null);
        if (l.arrowHead()) {
            List<Pt> head = l.headTriangle();
            g.setFill(fx(l.stroke().colour()));
            g.fillPolygon(xs(head), ys(head), 3);
        }
    }

    @Override
    public void polygon(Mark.Polygon p) {
        g.setFill(fx(p.fill()));
        g.fillPolygon(xs(p.points()), ys(p.points()), p.points().size());
    }

    @Override
    public void rect(Mark.Rect r) {
        double arc = 2 * r.radius();
        if (r.fill() != null) {
            g.setFill(fx(r.fill()));
            if (arc > 0) {
                g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            } else {
                g.fillRect(r.x(), r.y(), r.width(), r.height());
            }
        }
        if (r.stroke() != null) {
            stroke(r.stroke());
            if (arc > 0) {
                g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            } else {
                g.strokeRect(r.x(), r.y(), r.width(), r.height());
            }
            g.setLineDashes(null);
        }
    }

    @Override
    public void circle(Mark.Circle c) {
        if (c.fill() != null) {
            g.setFill(fx(c.fill()));
            g.fillOval(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
        }
        if (c.stroke() != null) {
            stroke(c.stroke());
            g.strokeOval(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
            g.setLineDashes(null);
        }
    }

    @Override
    public void text(Mark.Text t) {
        g.setFont(Font.font(TextMeasure.FAMILY, t.bold() ? FontWeight.BOLD : FontWeight.NORMAL, t.size()));
        g.setFill(fx(t.colour()));
        g.setTextAlign(switch (t.anchor()) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        if (t.rotation() == 0) {
            g.fillText(t.text(), t.x(), t.y());
            return;
        }
        g.save();
        g.translate(t.x(), t.y());
        g.rotate(t.rotation());
        g.fillText(t.text(), 0, 0);
        g.restore();
    }

    @Override
    public void group(Mark.Group grp) {
        grp.children().forEach(m -> m.accept(this));
    }
}
