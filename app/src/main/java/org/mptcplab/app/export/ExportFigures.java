package org.mptcplab.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mptcplab.app.canvas.LinkGeometry;
import org.mptcplab.app.canvas.PacketMarker;
import org.mptcplab.app.canvas.PacketMarkers;
import org.mptcplab.app.canvas.RouteOverlay;
import org.mptcplab.app.canvas.TopologyDiagrams;
import org.mptcplab.app.canvas.TopologyLayout;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Marks;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.Stroke;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.PlaybackState;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.StateFolder;
import org.mptcplab.app.sequence.SequenceChart;
import org.mptcplab.app.sequence.SequenceCharts;
import org.mptcplab.app.sequence.SequenceDiagrams;
import org.mptcplab.app.sequence.SequenceSpec;

/**
 * The pages of the sequence and topology exports, one per step. Pages of a range share one size
 * (the largest), so that on slides the picture grows in place instead of jumping.
 */
final class ExportFigures {
    /** Topology pages are 16:9 slides at this width before the title and legend bands. */
    static final double TOPOLOGY_W = 1280;
    static final double TOPOLOGY_H = 720;

    private ExportFigures() {
    }

    static List<Diagram> sequence(RecordedRun run, SequenceSpec spec, DiagramStyle style, StepRange steps,
            String id) {
        SequenceCharts charts = SequenceCharts.of(run, spec);
        List<SequenceChart> list = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        double w = 0;
        double h = 0;
        for (int s = steps.from(); s <= steps.to(); s++) {
            SequenceChart c = charts.at(s, -1, true);
            String title = title(run, id, s);
            list.add(c);
            titles.add(title);
            w = Math.max(w, SequenceDiagrams.fileWidth(c, style));
            h = Math.max(h, SequenceDiagrams.naturalHeight(c, style, title));
        }
        List<Diagram> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(SequenceDiagrams.file(list.get(i), style, titles.get(i), w, h, a -> false));
        }
        return out;
    }

    /** "l4lb-mptcp-plain · step 12 · t = 1.234 ms". */
    static String title(RecordedRun run, String id, int step) {
        long t = step < 0 ? 0 : run.events().get(step).time();
        return String.format(Locale.ROOT, "%s \u00b7 step %d \u00b7 t = %.3f ms", id, step, t / 1e6);
    }

    static List<Diagram> topology(RecordedRun run, ExportOptions o, DiagramStyle style, StepRange steps, String id) {
        StateFolder index = StateFolder.index(run.events(), run.topology());
        RouteOverlay overlay = new RouteOverlay(index, run.topology());
        java.util.Set<EventKind> kinds = ExportJob.kinds(o.packetKinds());
        Map<String, Pt> at = TopologyLayout.place(run.topology(), TOPOLOGY_W, TOPOLOGY_H);
        Map<String, Pt> shifts = LinkGeometry.shifts(run.topology(), at);
        double titleBand = style.titleSize() * 2.2;
        double legendBand = style.fontSize() * 2.6;
        List<Diagram> out = new ArrayList<>();
        for (int s = steps.from(); s <= steps.to(); s++) {
            PlaybackState state = index.stateAt(s);
            List<PacketMarker> markers = PacketMarkers.place(state.inFlight().stream()
                    .filter(h -> kinds.isEmpty() || kinds.contains(h.kind())).toList(), state.time(), at, shifts,
                    TopologyDiagrams.NODE_W, TopologyDiagrams.NODE_H, TopologyDiagrams.MARKER_R + 2);
            Diagram d = TopologyDiagrams.build(TOPOLOGY_W, TOPOLOGY_H, run.topology(), at, shifts, markers, -1,
                    overlay.at(s), style);
            double height = titleBand + TOPOLOGY_H + legendBand;
            List<Mark> marks = new ArrayList<>();
            marks.add(new Mark.Rect(0, 0, TOPOLOGY_W, height, 0, style.theme().background(), null));
            marks.add(Mark.Text.of(12, titleBand / 2, title(run, id, s), TextAnchor.START, style.titleSize(), true,
                    style.theme().foreground()));
            marks.addAll(Marks.translate(d.marks(), 0, titleBand));
            marks.add(new Mark.Group("legend", "kinds", kindLegend(style, titleBand + TOPOLOGY_H + legendBand / 2)));
            out.add(new Diagram(TOPOLOGY_W, height, marks));
        }
        return out;
    }

    private static List<Mark> kindLegend(DiagramStyle style, double y) {
        List<Mark> out = new ArrayList<>();
        double x = 16;
        double r = style.fontSize() * 0.5;
        for (EventKind k : DiagramTheme.legendKinds()) {
            out.add(new Mark.Circle(x + r, y, r, style.theme().packet(k), null));
            out.add(Mark.Text.of(x + 2 * r + 5, y, k.label(), TextAnchor.START, style.fontSize(), false,
                    style.theme().foreground()));
            x += 2 * r + 5 + org.mptcplab.app.diagram.TextMeasure.width(k.label(), style.fontSize(), false) + 18;
        }
        out.add(Mark.Line.of(new Pt(x, y), new Pt(x + 28, y), Stroke.solid(style.theme().dsrBand(), 10), false));
        out.add(Mark.Text.of(x + 34, y, "DSR return path", TextAnchor.START, style.fontSize(), false,
                style.theme().foreground()));
        return out;
    }
}
