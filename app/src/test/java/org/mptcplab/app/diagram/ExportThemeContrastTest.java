package org.mptcplab.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.EventKind;

/** WCAG 1.4.11: every line and mark colour of the light export themes is at least 3:1 on its page. */
class ExportThemeContrastTest {

    private static Map<String, Rgba> lines(DiagramPalette p) {
        Map<String, Rgba> marks = new LinkedHashMap<>();
        marks.put("lane", p.lane());
        marks.put("cursor", p.cursor());
        marks.put("host outline", p.hostOutline());
        marks.put("withdrawn link", p.withdrawn());
        for (int i = 0; i < 7; i++) {
            marks.put("subflow " + i, p.subflow(i));
        }
        for (EventKind k : EventKind.values()) {
            marks.put("packet " + k, p.packet(k));
        }
        return marks;
    }

    @Test
    void lightAndPrintLinesReachThreeToOneOnThePage() {
        for (DiagramTheme t : new DiagramTheme[] {DiagramTheme.LIGHT, DiagramTheme.PRINT}) {
            for (Map.Entry<String, Rgba> m : lines(t).entrySet()) {
                assertThat(Contrast.ratio(m.getValue(), t.background())).as("%s %s", t, m.getKey())
                        .isGreaterThanOrEqualTo(Contrast.GRAPHICS_AA);
            }
        }
    }

    @Test
    void lightLaneGreyStaysLighterThanMutedTextSoLanesRecedeBehindLabels() {
        DiagramTheme t = DiagramTheme.LIGHT;

        assertThat(Contrast.ratio(t.lane(), t.background())).isLessThan(Contrast.ratio(t.muted(), t.background()));
    }

    @Test
    void darkKeepsThePublishedBrightSwatches() {
        assertThat(DiagramTheme.DARK.packet(EventKind.FIN)).isEqualTo(Rgba.hex("#F0E442"));
        assertThat(DiagramTheme.DARK.subflow(4)).isEqualTo(Rgba.hex("#66CCEE"));
        assertThat(DiagramTheme.LIGHT.subflow(4)).isNotEqualTo(DiagramTheme.DARK.subflow(4));
    }
}
