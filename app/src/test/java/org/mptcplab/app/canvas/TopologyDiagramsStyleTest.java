package org.mptcplab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.ScreenTheme;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.app.playback.StateFolder;

/** The topology builder takes every colour from the style's palette and scales with its zoom. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopologyDiagramsStyleTest {
    private static final double W = 1280;
    private static final double H = 520;
    private static final List<DiagramPalette> PALETTES = List.of(DiagramTheme.LIGHT, DiagramTheme.DARK,
            ScreenTheme.HIGH_CONTRAST);
    private RecordedRun run;
    private StateFolder folder;
    private int busiest;

    @BeforeAll
    void record() throws Exception {
        run = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-fixed"), 5_000);
        folder = StateFolder.index(run.events(), run.topology());
        for (int i = 0; i < Math.min(400, run.events().size()); i++) {
            if (folder.stateAt(i).inFlight().size() > folder.stateAt(busiest).inFlight().size()) {
                busiest = i;
            }
        }
    }

    private Diagram build(DiagramStyle style) {
        Map<String, Pt> at = TopologyLayout.place(run.topology(), W, H, style.size(TopologyLayout.MARGIN));
        Map<String, Pt> shifts = LinkGeometry.shifts(run.topology(), at, style.size(LinkGeometry.GAP));
        List<PacketMarker> markers = PacketMarkers.place(folder.stateAt(busiest).inFlight(),
                run.events().get(busiest).time(), at, shifts, TopologyDiagrams.nodeWidth(style),
                TopologyDiagrams.nodeHeight(style), TopologyDiagrams.markerRadius(style) + style.size(2));
        int selected = markers.isEmpty() ? -1 : markers.get(0).hop().departIndex();
        return TopologyDiagrams.build(W, H, run.topology(), at, shifts, markers, selected,
                new RouteOverlay.Marks(Set.of(), Set.of()), style);
    }

    private static Mark.Rect box(Mark.Group node) {
        return (Mark.Rect) node.children().get(0);
    }

    @Test
    void pageNodeBoxesAndNamesUseThePalettesColours() {
        for (DiagramPalette p : PALETTES) {
            Diagram d = build(DiagramStyle.screen(p, 1));

            assertThat(((Mark.Rect) d.marks().get(0)).fill()).as("%s page", p).isEqualTo(p.background());
            for (Mark.Group node : d.groups("node")) {
                assertThat(box(node).fill()).as("%s box", p).isEqualTo(p.nodeFill());
                assertThat(((Mark.Text) node.children().get(1)).colour()).as("%s name", p).isEqualTo(p.foreground());
            }
        }
    }

    @Test
    void zoomMultipliesEveryTextSizeBoxAndMarkerAndNoNodeBoxesOverlap() {
        Diagram one = build(DiagramStyle.screen(DiagramTheme.LIGHT, 1));
        Diagram big = build(DiagramStyle.screen(DiagramTheme.LIGHT, 1.6));

        // Bigger markers may merge into more trains, so only the presence of markers is compared.
        assertThat(big.groups("packet")).isNotEmpty();
        List<Mark.Text> nodeTexts = texts(one.groups("node"));
        List<Mark.Text> bigNodeTexts = texts(big.groups("node"));
        assertThat(bigNodeTexts).hasSameSizeAs(nodeTexts).isNotEmpty();
        for (int i = 0; i < nodeTexts.size(); i++) {
            assertThat(bigNodeTexts.get(i).size()).isCloseTo(nodeTexts.get(i).size() * 1.6, within(1e-9));
        }
        for (int i = 0; i < one.groups("node").size(); i++) {
            assertThat(box(big.groups("node").get(i)).height())
                    .isCloseTo(box(one.groups("node").get(i)).height() * 1.6, within(1e-9));
        }
        Mark.Circle marker = (Mark.Circle) big.groups("packet").get(0).children().get(0);
        assertThat(marker.r()).isEqualTo(TopologyDiagrams.MARKER_R * 1.6);
        List<Mark.Rect> boxes = big.groups("node").stream().map(TopologyDiagramsStyleTest::box).toList();
        for (int i = 0; i < boxes.size(); i++) {
            Mark.Rect a = boxes.get(i);
            assertThat(a.x()).as("box inside the canvas").isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(W);
            for (int j = i + 1; j < boxes.size(); j++) {
                Mark.Rect b = boxes.get(j);
                boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                        && b.y() < a.y() + a.height();
                assertThat(overlap).as("boxes %d and %d overlap", i, j).isFalse();
            }
        }
    }

    @Test
    void highContrastDrawsLinksAndOutlinesThickerThanLight() {
        Diagram light = build(DiagramStyle.screen(DiagramTheme.LIGHT, 1));
        Diagram hc = build(DiagramStyle.screen(ScreenTheme.HIGH_CONTRAST, 1));

        Mark.Line lightLink = (Mark.Line) light.groups("link").get(0).children().get(0);
        Mark.Line hcLink = (Mark.Line) hc.groups("link").get(0).children().get(0);
        assertThat(hcLink.stroke().width()).isEqualTo(lightLink.stroke().width() * ScreenTheme.HIGH_CONTRAST
                .lineWeight());
        // Grey lines under yellow labels, and the labels boxed above every line so crossings stay legible.
        assertThat(hcLink.stroke().colour()).isEqualTo(ScreenTheme.HIGH_CONTRAST.link())
                .isNotEqualTo(ScreenTheme.HIGH_CONTRAST.muted());
        List<Mark> boxedLabels = hc.groups("labels").stream().filter(g -> g.id().equals("links")).findFirst()
                .orElseThrow().children();
        assertThat(boxedLabels).filteredOn(m -> m instanceof Mark.Polygon).isNotEmpty()
                .hasSameSizeAs(boxedLabels.stream().filter(m -> m instanceof Mark.Text).toList());
        assertThat(light.groups("labels")).noneMatch(g -> g.id().equals("links"));
        assertThat(box(hc.groups("node").get(0)).stroke().width())
                .isGreaterThan(box(light.groups("node").get(0)).stroke().width());
    }

    @Test
    void linkLabelsNeverLandOnANodeBoxEvenAtPresenterZoomOnASmallCanvas() {
        for (double zoom : new double[] {1, 1.6}) {
            DiagramStyle style = DiagramStyle.screen(ScreenTheme.HIGH_CONTRAST, zoom);
            double w = 900;
            double h = 380;
            Map<String, Pt> at = TopologyLayout.place(run.topology(), w, h, style.size(TopologyLayout.MARGIN));
            Diagram d = TopologyDiagrams.build(w, h, run.topology(), at,
                    LinkGeometry.shifts(run.topology(), at, style.size(LinkGeometry.GAP)), List.of(), -1,
                    new RouteOverlay.Marks(Set.of(), Set.of()), style);
            List<Mark.Rect> boxes = d.groups("node").stream().map(TopologyDiagramsStyleTest::box).toList();
            List<Mark> labels = d.groups("labels").get(0).children();
            for (Mark m : labels) {
                if (m instanceof Mark.Text t && t.colour().equals(style.theme().muted())) {
                    assertThat(boxes).as("zoom %s: %s", zoom, t.text())
                            .noneMatch(b -> b.x() < t.x() && t.x() < b.x() + b.width() && b.y() < t.y()
                                    && t.y() < b.y() + b.height());
                }
            }
        }
    }

    @Test
    void markersAreDrawnLeastTellingFirstSoSignallingAndTheSelectedPacketStayOnTop() {
        DiagramStyle style = DiagramStyle.screen(DiagramTheme.LIGHT, 1);
        Map<String, Pt> at = TopologyLayout.place(run.topology(), W, H, style.size(TopologyLayout.MARGIN));
        Map<String, Pt> shifts = LinkGeometry.shifts(run.topology(), at, style.size(LinkGeometry.GAP));
        List<PacketMarker> markers = PacketMarkers.place(folder.stateAt(busiest).inFlight(),
                run.events().get(busiest).time(), at, shifts, TopologyDiagrams.nodeWidth(style),
                TopologyDiagrams.nodeHeight(style), TopologyDiagrams.markerRadius(style) + style.size(2));
        int selected = markers.get(markers.size() / 2).hop().departIndex();
        Diagram d = TopologyDiagrams.build(W, H, run.topology(), at, shifts, markers, selected,
                new RouteOverlay.Marks(Set.of(), Set.of()), style);

        List<Integer> drawn = d.groups("packet").stream().map(g -> markers.stream()
                .filter(m -> Integer.toString(m.hop().departIndex()).equals(g.id())).findFirst().orElseThrow())
                .map(m -> PacketLabels.priority(m, selected)).toList();
        assertThat(drawn).hasSameSizeAs(markers).last().isEqualTo(0);
        assertThat(drawn).isSortedAccordingTo(Comparator.reverseOrder());
    }

    private static List<Mark.Text> texts(List<Mark.Group> groups) {
        return groups.stream().flatMap(g -> g.children().stream()).filter(m -> m instanceof Mark.Text)
                .map(m -> (Mark.Text) m).toList();
    }
}
