package org.mptcplab.app.sequence;

import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.TextMeasure;

/**
 * Where things sit in a sequence diagram of {@code width} units, scrolled down by {@code scrollY}
 * (0 for files), at label size {@code fontSize}; rows and the header grow with the font so larger
 * type never collides. Used to build the picture and to hit-test clicks on it.
 */
public final class SequenceGeometry {
    /** Right margin, units. */
    static final double RIGHT = 10;
    private final SequenceChart chart;
    private final double width;
    private final double scrollY;
    private final double font;
    private final double top;

    /** Geometry of {@code chart} in a {@code width}-wide area scrolled by {@code scrollY}, below {@code titleBand}. */
    public SequenceGeometry(SequenceChart chart, double width, double scrollY, double fontSize, double titleBand) {
        this.chart = chart;
        this.width = width;
        this.scrollY = scrollY;
        this.font = fontSize;
        this.top = titleBand + header(fontSize);
    }

    /** Height of the lane-name band. */
    static double header(double fontSize) {
        return Math.max(34, fontSize * 2.8);
    }

    /** Height of one row. */
    public static double row(double fontSize) {
        return Math.max(26, fontSize * 2.15);
    }

    /** Width of the time axis column. */
    public static double left(double fontSize) {
        return Math.max(78, TextMeasure.width("0000.000 ms", fontSize, false) + 14);
    }

    /** Height of the chart's content below the header, scroll ignored (rows, then three spare rows). */
    public static double contentHeight(SequenceChart c, double fontSize) {
        return header(fontSize) + row(fontSize) * (c.rowTimes().size() + 1) + 3 * row(fontSize);
    }

    /** Top of the drawing area (below the title band and the header). */
    public double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double fontSize() {
        return font;
    }

    /** Y of row {@code r}, scrolled. */
    public double y(int r) {
        return top + (r + 1) * row(font) - scrollY;
    }

    /** X of lane {@code lane}'s line. */
    public double laneX(int lane) {
        int n = Math.max(1, chart.lanes().size());
        double left = left(font);
        return left + (width - left - RIGHT) * (lane + 0.5) / n;
    }

    /** Where {@code a} starts. */
    public Pt start(SequenceArrow a) {
        return new Pt(laneX(a.fromLane()), y(a.startRow()));
    }

    /** Where {@code a} ends: its lane, or a stub past the sender for a packet lost behind a hidden node. */
    public Pt end(SequenceArrow a) {
        double x = a.toLane() < 0 ? laneX(a.fromLane()) + 50 : laneX(a.toLane());
        return new Pt(x, y(a.endRow()));
    }

    /** Middle of {@code a}'s line. */
    public Pt midpoint(SequenceArrow a) {
        return start(a).midpoint(end(a));
    }

    /** The arrow within 7 units of ({@code x}, {@code y}), the closest one, or null. */
    public SequenceArrow hitTest(double x, double y) {
        SequenceArrow best = null;
        double bestD = 7;
        Pt p = new Pt(x, y);
        for (SequenceArrow a : chart.arrows()) {
            double d = p.distanceToSegment(start(a), end(a));
            if (d <= bestD) {
                bestD = d;
                best = a;
            }
        }
        return best;
    }
}
