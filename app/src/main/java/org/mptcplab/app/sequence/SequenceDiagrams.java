package org.mptcplab.app.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.Rgba;
import org.mptcplab.app.diagram.Stroke;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.diagram.TextMeasure;

/**
 * Builds the {@link Diagram} of a {@link SequenceChart}: for the screen, the rows in view of a
 * scrolled canvas; for a file, the whole chart at a width where every label fits between its lanes,
 * with a subflow legend. Both go through the same drawing code, so a file looks like the screen.
 *
 * <p>Groups: one {@code lane} group per lane (id = node name), one {@code arrow} group per arrow
 * (id = the trace index of its first departure), a {@code header} and, in files, a {@code legend}.
 */
public final class SequenceDiagrams {
    private static final double MIN_GAP = 150;
    private static final double MAX_GAP = 240;

    private SequenceDiagrams() {
    }

    /** The screen: a {@code width} x {@code height} window scrolled down by {@code scrollY}. */
    public static Diagram screen(SequenceChart c, double width, double height, double scrollY, DiagramStyle style,
            Predicate<SequenceArrow> selected) {
        SequenceGeometry geo = new SequenceGeometry(c, width, scrollY, style.fontSize(), 0);
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Rect(0, 0, Math.max(1, width), Math.max(1, height), 0, style.theme().background(), null));
        body(marks, c, geo, height, style, selected);
        return new Diagram(Math.max(1, width), Math.max(1, height), marks);
    }

    /** A file: the whole chart, sized to fit, with {@code title} above it (none when empty) and a legend. */
    public static Diagram file(SequenceChart c, DiagramStyle style, String title) {
        return file(c, style, title, 0, 0, a -> false);
    }

    /**
     * A file at least {@code minWidth} x {@code minHeight} (so the pages of a step range share one size
     * and lanes stay put from slide to slide), with the arrows {@code highlight} accepts underlined.
     */
    public static Diagram file(SequenceChart c, DiagramStyle style, String title, double minWidth, double minHeight,
            Predicate<SequenceArrow> highlight) {
        List<Mark> marks = new ArrayList<>();
        double width = Math.max(minWidth, fileWidth(c, style));
        double titleBand = titleBand(style, title);
        SequenceGeometry geo = new SequenceGeometry(c, width, 0, style.fontSize(), titleBand);
        double natural = naturalHeight(c, style, title);
        double chartBottom = natural - SequenceLegend.height(c, style, fileWidth(c, style));
        double height = Math.max(minHeight, natural);
        marks.add(new Mark.Rect(0, 0, width, height, 0, style.theme().background(), null));
        if (!title.isEmpty()) {
            marks.add(Mark.Text.of(12, titleBand / 2, title, TextAnchor.START, style.titleSize(), true,
                    style.theme().foreground()));
        }
        body(marks, c, geo, chartBottom, style, highlight);
        // At the foot of the page, so it stays put across the pages of a range; a wider page needs fewer rows.
        marks.add(new Mark.Group("legend", "subflows", SequenceLegend.marks(c, style, width,
                height - SequenceLegend.height(c, style, width))));
        return new Diagram(width, height, marks);
    }

    /** Height of {@link #file} for {@code c} before any padding. */
    public static double naturalHeight(SequenceChart c, DiagramStyle style, String title) {
        return titleBand(style, title) + SequenceGeometry.contentHeight(c, style.fontSize())
                + SequenceLegend.height(c, style, fileWidth(c, style));
    }

    private static double titleBand(DiagramStyle style, String title) {
        return title.isEmpty() ? 0 : style.titleSize() * 2.2;
    }

    /** Width at which every arrow's label fits between the lanes it spans. */
    public static double fileWidth(SequenceChart c, DiagramStyle style) {
        double gap = MIN_GAP;
        for (SequenceArrow a : c.arrows()) {
            int span = a.toLane() < 0 ? 1 : Math.max(1, Math.abs(a.toLane() - a.fromLane()));
            gap = Math.max(gap, (TextMeasure.width(a.label(), style.fontSize(), false) + 28) / span);
        }
        for (SequenceLane l : c.lanes()) {
            gap = Math.max(gap, TextMeasure.width(l.name(), style.nameSize(), true) + 20);
        }
        gap = Math.min(gap, MAX_GAP);
        return SequenceGeometry.left(style.fontSize()) + Math.max(1, c.lanes().size()) * gap + SequenceGeometry.RIGHT;
    }

    private static void body(List<Mark> marks, SequenceChart c, SequenceGeometry geo, double bottom,
            DiagramStyle style, Predicate<SequenceArrow> selected) {
        DiagramPalette t = style.theme();
        double font = style.fontSize();
        double row = SequenceGeometry.row(font);
        timeAxis(marks, c, geo, bottom, style);
        for (int i = 0; i < c.lanes().size(); i++) {
            double x = geo.laneX(i);
            marks.add(new Mark.Group("lane", c.lanes().get(i).name(), List.of(
                    Mark.Line.of(new Pt(x, geo.top()), new Pt(x, bottom), Stroke.solid(t.lane(), style.line(1.5)), false))));
        }
        if (c.cursorRow() >= 0) {
            double y = geo.y(c.cursorRow());
            marks.add(Mark.Line.of(new Pt(SequenceGeometry.left(font) - 6, y), new Pt(geo.width(), y),
                    Stroke.solid(t.cursor(), style.line(1)), false));
        }
        List<double[]> taken = new ArrayList<>();
        for (SequenceArrow a : c.arrows()) {
            double top = Math.min(geo.y(a.startRow()), geo.y(a.endRow()));
            double low = Math.max(geo.y(a.startRow()), geo.y(a.endRow()));
            if (low >= geo.top() - row && top <= bottom + row) {
                marks.add(arrow(a, geo, style, selected.test(a), taken));
            }
        }
        header(marks, c, geo, style);
    }

    private static void timeAxis(List<Mark> marks, SequenceChart c, SequenceGeometry geo, double bottom,
            DiagramStyle style) {
        List<Mark> texts = new ArrayList<>();
        long shown = Long.MIN_VALUE;
        double x = SequenceGeometry.left(style.fontSize()) - 10;
        for (int r = 0; r < c.rowTimes().size(); r++) {
            double y = geo.y(r);
            if (y > bottom) {
                break;
            }
            long time = c.rowTimes().get(r);
            if (time != shown && y > geo.top()) {
                texts.add(Mark.Text.of(x, y, String.format(Locale.ROOT, "%.3f ms", time / 1e6), TextAnchor.END,
                        style.fontSize(), false, style.theme().muted()));
                shown = time;
            }
        }
        marks.add(new Mark.Group("axis", "time", texts));
    }

    private static void header(List<Mark> marks, SequenceChart c, SequenceGeometry geo, DiagramStyle style) {
        double h = SequenceGeometry.header(style.fontSize());
        double y0 = geo.top() - h;
        List<Mark> out = new ArrayList<>();
        out.add(new Mark.Rect(0, y0, geo.width(), h, 0, style.theme().header(), null));
        for (int i = 0; i < c.lanes().size(); i++) {
            out.add(Mark.Text.of(geo.laneX(i), y0 + h / 2, c.lanes().get(i).name(), TextAnchor.MIDDLE,
                    style.nameSize(), true, style.theme().foreground()));
        }
        marks.add(new Mark.Group("header", "lanes", out));
    }

    private static Mark arrow(SequenceArrow a, SequenceGeometry geo, DiagramStyle style, boolean selected,
            List<double[]> taken) {
        DiagramPalette t = style.theme();
        Pt s = geo.start(a);
        Pt e = geo.end(a);
        List<Mark> out = new ArrayList<>();
        if (selected) {
            out.add(Mark.Line.of(s, e, Stroke.solid(t.foreground(), style.line(a.count() > 1 ? 8 : 5)), false));
        }
        Rgba colour = t.subflow(a.subflow());
        double w = style.line(a.count() > 1 ? 5 : 2);
        Stroke stroke = a.inFlight() ? Stroke.dashed(colour, w, style.size(6), style.size(4)) : Stroke.solid(colour, w);
        out.add(Mark.Line.of(s, e, stroke, !a.dropped() && !a.inFlight()));
        if (a.dropped()) {
            Stroke x = Stroke.solid(t.foreground(), style.line(3));
            double d = style.size(7);
            out.add(Mark.Line.of(e.add(new Pt(-d, -d)), e.add(new Pt(d, d)), x, false));
            out.add(Mark.Line.of(e.add(new Pt(-d, d)), e.add(new Pt(d, -d)), x, false));
        }
        label(out, a.label(), s, e, style, taken);
        return new Mark.Group("arrow", Integer.toString(a.selectIndex()), out);
    }

    /** The label above the line, at the middle or, if that covers an earlier label, further along. */
    private static void label(List<Mark> out, String text, Pt s, Pt e, DiagramStyle style, List<double[]> taken) {
        double font = style.fontSize();
        double tw = TextMeasure.width(text, font, false) + 6;
        double th = font * 1.3;
        double[] best = null;
        for (double f : new double[] {0.5, 0.33, 0.67, 0.2, 0.8}) {
            Pt p = s.add(e.subtract(s).multiply(f));
            double[] box = {p.x() - tw / 2, p.y() - font * 0.75 - th / 2 - 2, tw, th};
            if (best == null) {
                best = box;
            }
            if (taken.stream().noneMatch(o -> intersects(o, box))) {
                best = box;
                break;
            }
        }
        taken.add(best);
        out.add(new Mark.Rect(best[0], best[1], best[2], best[3], 0, style.theme().labelBackground(), null));
        out.add(Mark.Text.of(best[0] + best[2] / 2, best[1] + best[3] / 2, text, TextAnchor.MIDDLE, font, false,
                style.theme().foreground()));
    }

    private static boolean intersects(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
