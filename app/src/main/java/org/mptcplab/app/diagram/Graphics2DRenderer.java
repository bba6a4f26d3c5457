package org.mptcplab.app.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws a {@link Diagram} on any AWT {@link Graphics2D}: JFreeSVG's (SVG with text kept as
 * {@code <text>} and groups as {@code <g id class>}), JFreePDF's (vector PDF, text as Helvetica text
 * or as glyph outlines) or a
 * {@link java.awt.image.BufferedImage}'s (PNG). See {@link DiagramFiles} for the file formats.
 */
public final class Graphics2DRenderer implements MarkVisitor {
    private final Graphics2D g;
    private final boolean svg;
    private final boolean outlines;
    private final boolean pdfText;
    private final java.util.Deque<String> prefixes = new java.util.ArrayDeque<>();
    private final java.util.Set<String> usedIds = new java.util.HashSet<>();

    private Graphics2DRenderer(Graphics2D g, boolean outlines, boolean pdfText) {
        this.g = g;
        this.outlines = outlines;
        this.pdfText = pdfText;
        // Group hints mean something to JFreeSVG only; other Graphics2D reject their values.
        this.svg = g instanceof SVGGraphics2D;
    }

    /** Draws {@code d} on {@code g} in diagram units (scale {@code g} first for a bigger picture). */
    public static void draw(Diagram d, Graphics2D g) {
        draw(d, g, false);
    }

    /**
     * The same; with {@code textAsOutlines} text is filled as glyph outlines of the measured font,
     * which JFreePDF needs when a text has a character beyond printable ASCII ("→", "×"): its
     * standard-font text cannot show one (see {@link DiagramFiles}).
     */
    public static void draw(Diagram d, Graphics2D g, boolean textAsOutlines) {
        draw(d, g, new Graphics2DRenderer(g, textAsOutlines, false));
    }

    /**
     * Draws {@code d} on a JFreePDF graphics set to standard-font text; the standard fonts must show
     * every text ({@link DiagramFiles#pdfTextFits}). Helvetica is narrower than most system sans
     * fonts, so text is anchored by its Helvetica width, and squeezed horizontally in the rare case it
     * is wider than the width the layout measured, so it never overflows its box.
     */
    static void drawPdfText(Diagram d, Graphics2D g) {
        draw(d, g, new Graphics2DRenderer(g, false, true));
    }

    private static void draw(Diagram d, Graphics2D g, Graphics2DRenderer r) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        d.marks().forEach(m -> m.accept(r));
    }

    static Color awt(Rgba c) {
        return new Color(c.r(), c.g(), c.b(), (int) Math.round(c.alpha() * 255));
    }

    private void stroke(Stroke s) {
        g.setColor(awt(s.colour()));
        g.setStroke(s.isDashed()
                ? new BasicStroke((float) s.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                        new float[] {(float) s.dashOn(), (float) s.dashOff()}, 0)
                : new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    private static Path2D path(List<Pt> pts, boolean close) {
        Path2D p = new Path2D.Double();
        p.moveTo(pts.get(0).x(), pts.get(0).y());
        for (int i = 1; i < pts.size(); i++) {
            p.lineTo(pts.get(i).x(), pts.get(i).y());
        }
        if (close) {
            p.closePath();
        }
        return p;
    }

    @Override
    public void line(Mark.Line l) {
        stroke(l.stroke());
        g.draw(path(l.shaft(), false));
        if (l.arrowHead()) {
            g.setColor(awt(l.stroke().colour()));
            g.fill(path(l.headTriangle(), true));
        }
    }

    @Override
    public void polygon(Mark.Polygon p) {
        g.setColor(awt(p.fill()));
        g.fill(path(p.points(), true));
    }

    @Override
    public void rect(Mark.Rect r) {
        java.awt.Shape s = r.radius() > 0
                ? new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * r.radius(), 2 * r.radius())
                : new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
        if (r.fill() != null) {
            g.setColor(awt(r.fill()));
            g.fill(s);
        }
        if (r.stroke() != null) {
            stroke(r.stroke());
            g.draw(s);
        }
    }

    @Override
    public void circle(Mark.Circle c) {
        Ellipse2D s = new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
        if (c.fill() != null) {
            g.setColor(awt(c.fill()));
            g.fill(s);
        }
        if (c.stroke() != null) {
            stroke(c.stroke());
            g.draw(s);
        }
    }

    @Override
    public void text(Mark.Text t) {
        Font font = new Font(TextMeasure.FAMILY, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size());
        g.setFont(font);
        g.setColor(awt(t.colour()));
        double measured = TextMeasure.width(t.text(), t.size(), t.bold());
        String shown = pdfText ? DiagramFiles.standardText(t.text()) : t.text();
        double w = pdfText ? Math.min(measured, DiagramFiles.helveticaWidth(shown, t.size(), t.bold())) : measured;
        double dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -w / 2;
            case END -> -w;
        };
        float baseline = (float) TextMeasure.baselineOffset(t.size());
        if (t.rotation() == 0) {
            // No transform: SVG gets a plain positioned <text>.
            drawText(t, shown, font, w, (float) (t.x() + dx), (float) t.y() + baseline);
            return;
        }
        AffineTransform saved = g.getTransform();
        g.translate(t.x(), t.y());
        g.rotate(Math.toRadians(t.rotation()));
        drawText(t, shown, font, w, (float) dx, baseline);
        g.setTransform(saved);
    }

    private void drawText(Mark.Text t, String text, Font font, double width, float x, float y) {
        if (pdfText) {
            // JFreePDF writes Font.getSize(), an int: draw at 100 pt and scale, so 8.5 pt stays 8.5 pt.
            double natural = DiagramFiles.helveticaWidth(text, t.size(), t.bold());
            double squeeze = natural == 0 ? 1 : width / natural;
            AffineTransform saved = g.getTransform();
            g.translate(x, y);
            g.scale(squeeze * t.size() / 100, t.size() / 100);
            g.setFont(font.deriveFont(100f));
            g.drawString(DiagramFiles.pdfLiteral(text), 0f, 0f);
            g.setTransform(saved);
        } else if (outlines) {
            g.fill(font.createGlyphVector(TextMeasure.renderContext(), text).getOutline(x, y));
        } else {
            g.drawString(text, x, y);
        }
    }

    @Override
    public void group(Mark.Group grp) {
        if (!svg) {
            grp.children().forEach(m -> m.accept(this));
            return;
        }
        // SVG ids must be unique: nested groups are prefixed with their parent's id ("side-left.arrow-17").
        String id = xmlId((prefixes.isEmpty() ? "" : prefixes.peek() + ".") + grp.role() + "-" + grp.id());
        String unique = id;
        for (int n = 2; !usedIds.add(unique); n++) {
            unique = id + "-" + n;
        }
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("id", unique, "class", grp.role()));
        prefixes.push(unique);
        grp.children().forEach(m -> m.accept(this));
        prefixes.pop();
        g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
    }

    /** An XML name: characters other than letters, digits, '-', '_' and '.' become '_'. */
    static String xmlId(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
