package org.mptcplab.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mptcplab.app.compare.Badges;
import org.mptcplab.app.compare.CompareModel;
import org.mptcplab.app.compare.Divergence;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Marks;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.diagram.TextMeasure;
import org.mptcplab.app.sequence.SequenceArrow;
import org.mptcplab.app.sequence.SequenceChart;
import org.mptcplab.app.sequence.SequenceCharts;
import org.mptcplab.app.sequence.SequenceDiagrams;
import org.mptcplab.app.sequence.SequenceSpec;

/**
 * The compare figure: the two sequence charts side by side, the right one at the step aligned with
 * the left step ({@link CompareModel#rightIndexFor}), each with its outcome badges, and the first
 * divergence written out underneath with its arrows underlined once they are on the chart.
 * Simplification (as in the compare view): the alignment is exact only at story anchors.
 */
final class CompareFigures {
    private static final double GAP = 28;

    private CompareFigures() {
    }

    static List<Diagram> pages(CompareModel model, SequenceSpec spec, DiagramStyle style, StepRange steps) {
        SequenceCharts left = SequenceCharts.of(model.leftRun(), spec);
        SequenceCharts right = SequenceCharts.of(model.rightRun(), spec);
        Optional<Divergence> div = model.divergence();
        List<SequenceChart[]> charts = new ArrayList<>();
        List<String[]> titles = new ArrayList<>();
        double wl = 0;
        double wr = 0;
        double h = 0;
        for (int s = steps.from(); s <= steps.to(); s++) {
            int r = model.rightIndexFor(s);
            SequenceChart[] pair = {left.at(s, -1, true), right.at(r, -1, true)};
            String[] t = {ExportFigures.title(model.leftRun(), model.leftRun().source().id(), s),
                ExportFigures.title(model.rightRun(), model.rightRun().source().id(), r)};
            charts.add(pair);
            titles.add(t);
            wl = Math.max(wl, SequenceDiagrams.fileWidth(pair[0], style));
            wr = Math.max(wr, SequenceDiagrams.fileWidth(pair[1], style));
            h = Math.max(h, Math.max(SequenceDiagrams.naturalHeight(pair[0], style, t[0]),
                    SequenceDiagrams.naturalHeight(pair[1], style, t[1])));
        }
        double width = wl + GAP + wr;
        String sentence = div.map(d -> "First divergence: " + d.sentence()).orElse("The two runs do not diverge.");
        List<String> lines = wrap(sentence, style.fontSize() * 1.1, width - 32);
        double line = style.fontSize() * 1.7;
        double badgesBand = 2 * line + 8;
        double footer = lines.size() * line * 1.1 + 16;
        List<Diagram> out = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            int s = steps.from() + i;
            SequenceChart[] pair = charts.get(i);
            int leftMark = div.filter(d -> d.leftIndex() <= s).map(Divergence::leftIndex).orElse(-2);
            int rightMark = div.filter(d -> d.rightIndex() <= model.rightIndexFor(s)).map(Divergence::rightIndex)
                    .orElse(-2);
            Diagram l = SequenceDiagrams.file(pair[0], style, titles.get(i)[0], wl, h, marked(pair[0], leftMark));
            Diagram r = SequenceDiagrams.file(pair[1], style, titles.get(i)[1], wr, h, marked(pair[1], rightMark));
            double height = h + badgesBand + footer;
            List<Mark> marks = new ArrayList<>();
            marks.add(new Mark.Rect(0, 0, width, height, 0, style.theme().background(), null));
            marks.add(new Mark.Group("side", "left", l.marks()));
            marks.add(new Mark.Group("side", "right", Marks.translate(r.marks(), wl + GAP, 0)));
            marks.add(new Mark.Group("badges", "left", badges(model.left(), 12, h, line, style)));
            marks.add(new Mark.Group("badges", "right", badges(model.right(), wl + GAP + 12, h, line, style)));
            List<Mark> foot = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                foot.add(Mark.Text.of(16, h + badgesBand + line * 1.1 * (k + 0.5) + 8, lines.get(k), TextAnchor.START,
                        style.fontSize() * 1.1, false, style.theme().foreground()));
            }
            marks.add(new Mark.Group("divergence", "sentence", foot));
            out.add(new Diagram(width, height, marks));
        }
        return out;
    }

    /**
     * The arrow standing for event {@code index}: the one it departs or ends, else (a hash decision
     * or a refusal is no packet) the first arrow departing after it, the packet that decision sent.
     */
    private static java.util.function.Predicate<SequenceArrow> marked(SequenceChart c, int index) {
        if (index < 0) {
            return a -> false;
        }
        for (SequenceArrow a : c.arrows()) {
            if (a.covers(index)) {
                return a::equals;
            }
        }
        for (SequenceArrow a : c.arrows()) {
            if (a.selectIndex() > index) {
                return a::equals;
            }
        }
        return a -> false;
    }

    private static List<Mark> badges(Badges b, double x, double y0, double line, DiagramStyle style) {
        String first = b.subflowsEstablished() + " subflow" + (b.subflowsEstablished() == 1 ? "" : "s")
                + " established, " + b.subflowsRefused() + " refused, " + b.rsts() + " RST"
                + (b.rsts() == 1 ? "" : "s");
        String second = String.format(Locale.ROOT, "goodput %.1f Mbit/s (whole run)", b.goodputBitsPerSecond() / 1e6);
        return List.of(
                Mark.Text.of(x, y0 + line * 0.5, first, TextAnchor.START, style.fontSize(), true,
                        b.subflowsRefused() > 0 || b.rsts() > 0 ? style.theme().cursor() : style.theme().foreground()),
                Mark.Text.of(x, y0 + line * 1.5, second, TextAnchor.START, style.fontSize(), false,
                        style.theme().muted()));
    }

    /** {@code text} broken at spaces into lines no wider than {@code max} at {@code size}. */
    static List<String> wrap(String text, double size, double max) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && TextMeasure.width(candidate, size, false) > max) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
