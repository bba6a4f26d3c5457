package org.mptcplab.app.sequence;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.Rgba;
import org.mptcplab.app.diagram.Stroke;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.diagram.TextMeasure;

/** The subflow legend of an exported sequence diagram: colour, number and 5-tuple, in columns. */
final class SequenceLegend {
    private SequenceLegend() {
    }

    /** Legend height at page width {@code width}: entries flow into as many columns as fit. */
    static double height(SequenceChart c, DiagramStyle style, double width) {
        if (c.subflows().isEmpty()) {
            return 0;
        }
        int rows = (c.subflows().size() + columns(c, style, width) - 1) / columns(c, style, width);
        return (rows + 0.6) * style.fontSize() * 1.7;
    }

    private static String entry(SequenceChart c, int i) {
        return "subflow " + (i + 1) + ": " + c.subflows().get(i);
    }

    private static double entryWidth(SequenceChart c, DiagramStyle style) {
        double w = 0;
        for (int i = 0; i < c.subflows().size(); i++) {
            w = Math.max(w, TextMeasure.width(entry(c, i), style.fontSize(), false));
        }
        return 40 + w + 24;
    }

    private static int columns(SequenceChart c, DiagramStyle style, double width) {
        return Math.max(1, (int) ((width - 16) / entryWidth(c, style)));
    }

    static List<Mark> marks(SequenceChart c, DiagramStyle style, double width, double y0) {
        List<Mark> out = new ArrayList<>();
        double line = style.fontSize() * 1.7;
        int cols = columns(c, style, width);
        int rows = (c.subflows().size() + cols - 1) / cols;
        double colW = entryWidth(c, style);
        for (int i = 0; i < c.subflows().size(); i++) {
            double x = 16 + (i / rows) * colW;
            double y = y0 + line * (i % rows + 0.5);
            Rgba colour = style.theme().subflow(i);
            out.add(Mark.Line.of(new Pt(x, y), new Pt(x + 32, y), Stroke.solid(colour, 4), false));
            out.add(Mark.Text.of(x + 40, y, entry(c, i), TextAnchor.START, style.fontSize(), false,
                    style.theme().foreground()));
        }
        return out;
    }
}
