package org.mptcplab.app.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.ScreenTheme;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;

/** The screen's sequence diagram in each palette and at presenter zoom. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SequenceDiagramsZoomTest {
    private SequenceChart chart;

    @BeforeAll
    void record() throws Exception {
        RecordedRun run = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-fixed"), 5_000);
        SequenceCharts charts = SequenceCharts.of(run, SequenceSpec.screen(false));
        chart = charts.at(Math.min(60, run.events().size() - 1), -1, true);
    }

    private Diagram screen(DiagramStyle style) {
        return SequenceDiagrams.screen(chart, 1200, 4000, 0, style, a -> false);
    }

    @Test
    void pageHeaderAndTextTakeThePalettesColours() {
        for (DiagramPalette p : List.<DiagramPalette>of(DiagramTheme.LIGHT, DiagramTheme.DARK,
                ScreenTheme.HIGH_CONTRAST)) {
            Diagram d = screen(DiagramStyle.screen(p, 1));

            assertThat(((Mark.Rect) d.marks().get(0)).fill()).as("%s page", p).isEqualTo(p.background());
            Mark.Group header = d.groups("header").get(0);
            assertThat(((Mark.Rect) header.children().get(0)).fill()).isEqualTo(p.header());
            assertThat(header.children().stream().filter(m -> m instanceof Mark.Text))
                    .allMatch(m -> ((Mark.Text) m).colour().equals(p.foreground()));
            assertThat(d.groups("axis").get(0).children()).isNotEmpty()
                    .allMatch(m -> ((Mark.Text) m).colour().equals(p.muted()));
        }
    }

    @Test
    void presenterZoomMultipliesTextSizesRowHeightAndLineWidths() {
        Diagram one = screen(DiagramStyle.screen(DiagramTheme.LIGHT, 1));
        Diagram big = screen(DiagramStyle.screen(DiagramTheme.LIGHT, 1.6));

        assertThat(big.groups("arrow")).hasSameSizeAs(one.groups("arrow")).isNotEmpty();
        List<Mark.Text> small = arrowAndHeaderTexts(one);
        List<Mark.Text> large = arrowAndHeaderTexts(big);
        assertThat(large).hasSameSizeAs(small).isNotEmpty();
        for (int i = 0; i < small.size(); i++) {
            assertThat(large.get(i).size()).isCloseTo(small.get(i).size() * 1.6, within(1e-9));
        }
        // Rows have a floor of 26 units at the default size, so the ratio is just under 1.6.
        double rowRatio = SequenceGeometry.row(12 * 1.6) / SequenceGeometry.row(12);
        assertThat(rowRatio).isBetween(1.55, 1.6);
        double laneWidth = lane(one).stroke().width();
        assertThat(lane(big).stroke().width()).isCloseTo(laneWidth * 1.6, within(1e-9));
        assertThat(lane(screen(DiagramStyle.screen(ScreenTheme.HIGH_CONTRAST, 1.6))).stroke().width())
                .isCloseTo(laneWidth * 1.6 * ScreenTheme.HIGH_CONTRAST.lineWeight(), within(1e-9));
    }

    @Test
    void arrowsAreFurtherApartAtPresenterZoomSoLabelsKeepTheirSpacing() {
        Diagram one = screen(DiagramStyle.screen(DiagramTheme.LIGHT, 1));
        Diagram big = screen(DiagramStyle.screen(DiagramTheme.LIGHT, 1.6));

        double gapOne = firstTwoArrowGap(one);
        double gapBig = firstTwoArrowGap(big);
        assertThat(gapBig / gapOne).isBetween(1.55, 1.65);
    }

    private static double firstTwoArrowGap(Diagram d) {
        Mark.Line a = (Mark.Line) d.groups("arrow").get(0).children().get(0);
        Mark.Line b = (Mark.Line) d.groups("arrow").get(1).children().get(0);
        return b.points().get(0).y() - a.points().get(0).y();
    }

    private static Mark.Line lane(Diagram d) {
        return (Mark.Line) d.groups("lane").get(0).children().get(0);
    }

    private static List<Mark.Text> arrowAndHeaderTexts(Diagram d) {
        List<Mark.Group> groups = new java.util.ArrayList<>(d.groups("arrow"));
        groups.addAll(d.groups("header"));
        return groups.stream().flatMap(g -> g.children().stream()).filter(m -> m instanceof Mark.Text)
                .map(m -> (Mark.Text) m).toList();
    }
}
