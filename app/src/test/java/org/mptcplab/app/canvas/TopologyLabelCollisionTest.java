package org.mptcplab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.ScreenTheme;
import org.mptcplab.app.diagram.Rgba;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.playback.PlaybackState;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.app.playback.StateFolder;
import org.mptcplab.app.playback.TopologyModel;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * No two texts of the topology picture overlap, and no label covers a node box: packet labels, link
 * rates and addresses share one collision pass. Checked on the busiest steps of real runs, at the
 * canvas sizes of the main window and the compare view, at zoom 1 and presenter zoom.
 */
class TopologyLabelCollisionTest {
    private static final double[][] SIZES = {{1280, 520}, {900, 380}, {720, 250}};

    @Test
    void theOverlapCheckTellsCrossingTurnedTextsFromParallelOnes() {
        Rgba ink = Rgba.hex("#000000");
        Mark.Text flat = Mark.Text.of(100, 100, "1 Gbit/s · 5 ms", TextAnchor.MIDDLE, 12, false, ink);
        Mark.Text crossing = new Mark.Text(100, 100, "10.0.0.2", TextAnchor.MIDDLE, 12, false, ink, 60);
        Mark.Text below = Mark.Text.of(100, 114, "MP_JOIN", TextAnchor.MIDDLE, 12, true, ink);
        Mark.Text touching = Mark.Text.of(100, 100 + 12 * 1.1, "ACK", TextAnchor.MIDDLE, 12, true, ink);

        assertThat(TextBoxes.overlap(TextBoxes.corners(flat), TextBoxes.corners(crossing))).isTrue();
        assertThat(TextBoxes.overlap(TextBoxes.corners(flat), TextBoxes.corners(below))).isFalse();
        assertThat(TextBoxes.overlap(TextBoxes.corners(flat), TextBoxes.corners(touching))).isFalse();
        Mark.Text nudged = Mark.Text.of(100, 110, "MP_JOIN", TextAnchor.MIDDLE, 12, true, ink);
        assertThat(TextBoxes.overlap(TextBoxes.corners(flat), TextBoxes.corners(nudged))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"l4lb-mptcp-plain", "anycast-tcp"})
    void noTwoTextsOverlapAndNoLabelCoversANodeAtAnyStepZoomOrSize(String scenario) throws Exception {
        ScenarioRunSource source = ScenarioRunSource.builtIn(scenario);
        List<TraceEvent> events = source.open().advance(4_000);
        TopologyModel topo = source.topology();
        StateFolder folder = StateFolder.index(events, topo);
        List<Integer> steps = busiestSteps(folder, events.size());
        int checked = 0;
        int packetLabels = 0;
        for (double[] size : SIZES) {
            for (double zoom : new double[] {1, 1.6}) {
                if (size[0] < 1000 && zoom > 1 && size[1] < 300) {
                    continue; // presenter zoom always has the big canvas
                }
                for (DiagramPalette palette : List.of(DiagramTheme.LIGHT, ScreenTheme.HIGH_CONTRAST)) {
                    DiagramStyle style = DiagramStyle.screen(palette, zoom);
                    for (int step : steps) {
                        Diagram d = build(topo, folder.stateAt(step), step, size[0], size[1], style);
                        String where = scenario + " step " + step + " " + size[0] + "x" + size[1] + " zoom " + zoom
                                + " " + palette;
                        assertNoOverlaps(d, where);
                        checked++;
                        packetLabels += d.groups("labels").stream().filter(g -> g.id().equals("packets"))
                                .mapToInt(g -> g.children().size() / 2).sum();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
        // The pass must not buy its result by dropping every packet label.
        assertThat(packetLabels).as("packet labels drawn").isGreaterThan(checked);
    }

    private static Diagram build(TopologyModel topo, PlaybackState state, int step, double w, double h,
            DiagramStyle style) {
        Map<String, Pt> at = TopologyLayout.place(topo, w, h, style.size(TopologyLayout.MARGIN));
        Map<String, Pt> shifts = LinkGeometry.shifts(topo, at, style.size(LinkGeometry.GAP));
        List<PacketMarker> markers = PacketMarkers.place(state.inFlight(), state.time(), at, shifts,
                TopologyDiagrams.nodeWidth(style), TopologyDiagrams.nodeHeight(style),
                TopologyDiagrams.markerRadius(style) + style.size(2));
        int selected = markers.isEmpty() ? -1 : markers.get(markers.size() - 1).hop().departIndex();
        return TopologyDiagrams.build(w, h, topo, at, shifts, markers, selected,
                new RouteOverlay.Marks(Set.of(), Set.of()), style);
    }

    /** Six steps with the most markers in flight, spread over the recorded prefix. */
    private static List<Integer> busiestSteps(StateFolder folder, int n) {
        List<Integer> out = new ArrayList<>();
        int slices = 6;
        for (int s = 0; s < slices; s++) {
            int best = s * n / slices;
            for (int i = s * n / slices; i < (s + 1) * n / slices; i += 7) {
                if (folder.stateAt(i).inFlight().size() > folder.stateAt(best).inFlight().size()) {
                    best = i;
                }
            }
            out.add(best);
        }
        return out;
    }

    private static void assertNoOverlaps(Diagram d, String where) {
        List<Mark.Text> nodeMarks = new ArrayList<>();
        List<Pt[]> boxes = new ArrayList<>();
        for (Mark.Group node : d.groups("node")) {
            Mark.Rect r = (Mark.Rect) node.children().get(0);
            boxes.add(new Pt[] {new Pt(r.x(), r.y()), new Pt(r.x() + r.width(), r.y()),
                new Pt(r.x() + r.width(), r.y() + r.height()), new Pt(r.x(), r.y() + r.height())});
            node.children().stream().filter(m -> m instanceof Mark.Text).forEach(m -> nodeMarks.add((Mark.Text) m));
        }
        List<Mark.Text> texts = d.texts();
        for (int i = 0; i < texts.size(); i++) {
            Pt[] a = TextBoxes.corners(texts.get(i));
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(TextBoxes.overlap(a, TextBoxes.corners(texts.get(j))))
                        .as("%s: '%s' overlaps '%s'", where, texts.get(i).text(), texts.get(j).text()).isFalse();
            }
            if (!nodeMarks.contains(texts.get(i))) {
                for (Pt[] box : boxes) {
                    assertThat(TextBoxes.overlap(a, box)).as("%s: '%s' covers a node", where, texts.get(i).text())
                            .isFalse();
                }
            }
        }
        assertThat(nodeMarks).as(where).isNotEmpty();
    }
}
