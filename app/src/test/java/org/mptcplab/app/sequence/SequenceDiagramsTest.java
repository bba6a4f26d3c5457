package org.mptcplab.app.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.TextMeasure;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;

/** The sequence diagram builder: one model for screen and file, legible at any font size. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SequenceDiagramsTest {
    private RecordedRun run;
    private SequenceCharts charts;
    private int join;

    @BeforeAll
    void record() throws Exception {
        run = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-fixed"), 5_000);
        charts = SequenceCharts.of(run, new SequenceSpec(List.of(), false, Set.of(), true, false, true));
        for (int i = 0; i < run.events().size(); i++) {
            if (org.mptcplab.app.playback.EventKinds.of(run.events().get(i)) == EventKind.MP_JOIN) {
                join = i;
                break;
            }
        }
    }

    private static List<Mark.Rect> labelBoxes(Diagram d) {
        List<Mark.Rect> out = new ArrayList<>();
        for (Mark.Group g : d.groups("arrow")) {
            g.children().stream().filter(m -> m instanceof Mark.Rect).forEach(m -> out.add((Mark.Rect) m));
        }
        return out;
    }

    @Test
    void fileHasALaneAndAnArrowGroupPerChartLaneAndArrow() {
        SequenceChart c = charts.at(join, -1, true);

        Diagram d = SequenceDiagrams.file(c, DiagramStyle.screen(), "t");

        assertThat(d.groups("lane")).extracting(Mark.Group::id)
                .containsExactlyElementsOf(c.lanes().stream().map(SequenceLane::name).toList());
        assertThat(d.groups("arrow")).hasSize(c.arrows().size());
    }

    @Test
    void handshakeLabelsFitTheWidthAndDoNotOverlapAtAnyFontSize() {
        SequenceChart c = charts.at(join, -1, true);
        for (double font : new double[] {10, 12, 18, 24}) {
            Diagram d = SequenceDiagrams.file(c, new DiagramStyle(DiagramTheme.PRINT, font), "");
            List<Mark.Rect> boxes = labelBoxes(d);
            assertThat(boxes).hasSize(c.arrows().size());
            for (int i = 0; i < boxes.size(); i++) {
                Mark.Rect a = boxes.get(i);
                assertThat(a.x()).as("font %s", font).isGreaterThanOrEqualTo(0);
                assertThat(a.x() + a.width()).as("font %s", font).isLessThanOrEqualTo(d.width());
                for (int j = i + 1; j < boxes.size(); j++) {
                    Mark.Rect b = boxes.get(j);
                    boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                            && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
                    assertThat(overlap).as("font %s: labels %d and %d", font, i, j).isFalse();
                }
            }
        }
    }

    @Test
    void largerFontsGiveTallerRowsAndLargerText() {
        SequenceChart c = charts.at(join, -1, true);

        Diagram small = SequenceDiagrams.file(c, new DiagramStyle(DiagramTheme.LIGHT, 12), "");
        Diagram large = SequenceDiagrams.file(c, new DiagramStyle(DiagramTheme.LIGHT, 24), "");

        assertThat(large.height()).isGreaterThan(small.height() * 1.5);
        assertThat(large.texts()).allSatisfy(t -> assertThat(t.size()).isGreaterThanOrEqualTo(24));
        assertThat(TextMeasure.width("x", 24, false)).isGreaterThan(TextMeasure.width("x", 12, false));
    }

    @Test
    void screenDrawsOnlyArrowsNearTheWindowAndFileDrawsThemAll() {
        SequenceChart c = charts.at(run.events().size() - 1, -1, false);

        Diagram screen = SequenceDiagrams.screen(c, 900, 400, 0, DiagramStyle.screen(), a -> false);

        assertThat(screen.groups("arrow")).isNotEmpty().hasSizeLessThan(c.arrows().size());
        assertThat(screen.groups("lane")).hasSize(c.lanes().size());
    }

    @Test
    void hitTestFindsTheArrowUnderItsMidpoint() {
        SequenceChart c = charts.at(join, -1, true);
        SequenceGeometry geo = new SequenceGeometry(c, 900, 0, 12, 0);

        for (SequenceArrow a : c.arrows()) {
            assertThat(geo.hitTest(geo.midpoint(a).x(), geo.midpoint(a).y())).isNotNull();
        }
        assertThat(geo.hitTest(1, 1)).isNull();
    }

    @Test
    void labelDetailLevelsGrowFromNamesToValues() {
        SequenceCharts shortLabels = SequenceCharts.of(run, new SequenceSpec(List.of(), false, Set.of(), false, false,
                true));
        SequenceCharts values = SequenceCharts.of(run, new SequenceSpec(List.of(), false, Set.of(), true, true, true));

        List<String> brief = shortLabels.at(join, -1, true).arrows().stream().map(SequenceArrow::label).toList();
        List<String> full = values.at(join, -1, true).arrows().stream().map(SequenceArrow::label).toList();
        List<String> flags = charts.at(join, -1, true).arrows().stream().map(SequenceArrow::label).toList();

        assertThat(brief).contains("SYN/ACK + MP_CAPABLE").noneMatch(l -> l.contains("tok="));
        assertThat(flags).contains("SYN/ACK + MP_CAPABLE C").anyMatch(l -> l.startsWith("ACK + ADD_ADDR 10.0.0."));
        assertThat(full).anyMatch(l -> l.contains("MP_JOIN tok=0x"));
    }
}
