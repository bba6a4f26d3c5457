package org.mptcplab.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.EventKind;

/**
 * WCAG 2.x AA contrast of the diagram palettes, computed from the palettes' own colours: text at
 * least 4.5:1 against every background it is drawn on, lines and marks at least 3:1 against the page.
 */
class ScreenThemeContrastTest {
    private static final DiagramPalette HC = ScreenTheme.HIGH_CONTRAST;

    /** Every background text is drawn on, translucent ones composited over the page. */
    private static Map<String, Rgba> textBackgrounds(DiagramPalette p) {
        Map<String, Rgba> out = new LinkedHashMap<>();
        out.put("page", p.background());
        out.put("header", Contrast.over(p.header(), p.background()));
        out.put("node box", Contrast.over(p.nodeFill(), p.background()));
        out.put("label box", Contrast.over(p.labelBackground(), p.background()));
        return out;
    }

    private static Map<String, Rgba> texts(DiagramPalette p) {
        return Map.of("foreground", p.foreground(), "muted", p.muted(), "accent", p.accent());
    }

    @Test
    void contrastOfBlackAndWhiteIs21AndOfAColourWithItselfIs1() {
        assertThat(Contrast.ratio(Rgba.hex("#000000"), Rgba.hex("#ffffff"))).isCloseTo(21, org.assertj.core.data
                .Offset.offset(1e-9));
        assertThat(Contrast.ratio(Rgba.hex("#777777"), Rgba.hex("#777777"))).isEqualTo(1);
        // #777777 on white is the classic "just below AA" grey: 4.48:1.
        assertThat(Contrast.ratio(Rgba.hex("#777777"), Rgba.hex("#ffffff"))).isBetween(4.47, 4.49);
    }

    @Property(tries = 200)
    void contrastIsSymmetricAndBetween1And21(@ForAll @IntRange(max = 0xFFFFFF) int a,
            @ForAll @IntRange(max = 0xFFFFFF) int b) {
        Rgba x = Rgba.hex(String.format("%06x", a));
        Rgba y = Rgba.hex(String.format("%06x", b));

        assertThat(Contrast.ratio(x, y)).isEqualTo(Contrast.ratio(y, x)).isBetween(1.0, 21.0);
    }

    @Test
    void highContrastTextReachesAaOnEveryBackground() {
        for (Map.Entry<String, Rgba> text : texts(HC).entrySet()) {
            for (Map.Entry<String, Rgba> bg : textBackgrounds(HC).entrySet()) {
                assertThat(Contrast.ratio(text.getValue(), bg.getValue()))
                        .as("%s text on %s", text.getKey(), bg.getKey()).isGreaterThanOrEqualTo(Contrast.TEXT_AA);
            }
        }
    }

    @Test
    void highContrastLinesAndMarksReachThreeToOneOnThePage() {
        Map<String, Rgba> marks = new LinkedHashMap<>();
        marks.put("lane", HC.lane());
        marks.put("cursor", HC.cursor());
        marks.put("host outline", HC.hostOutline());
        marks.put("withdrawn link", HC.withdrawn());
        marks.put("DSR band", Contrast.over(HC.dsrBand(), HC.background()));
        for (int i = 0; i < 7; i++) {
            marks.put("subflow " + i, HC.subflow(i));
        }
        for (EventKind k : EventKind.values()) {
            marks.put("packet " + k, HC.packet(k));
        }
        for (Map.Entry<String, Rgba> m : marks.entrySet()) {
            assertThat(Contrast.ratio(m.getValue(), HC.background())).as(m.getKey())
                    .isGreaterThanOrEqualTo(Contrast.GRAPHICS_AA);
        }
    }

    @Test
    void highContrastIsABlackPageWithWhiteAndYellowTextAndThickerLines() {
        assertThat(HC.background()).isEqualTo(Rgba.hex("#000000"));
        assertThat(HC.foreground()).isEqualTo(Rgba.hex("#ffffff"));
        assertThat(HC.muted()).isEqualTo(Rgba.hex("#ffff00"));
        assertThat(HC.labelBackground().alpha()).isEqualTo(1);
        assertThat(HC.lineWeight()).isGreaterThan(DiagramTheme.LIGHT.lineWeight());
    }

    @Test
    void lightAndDarkTextAlsoReachAaOnEveryBackground() {
        for (DiagramPalette p : List.<DiagramPalette>of(DiagramTheme.LIGHT, DiagramTheme.DARK)) {
            for (Map.Entry<String, Rgba> text : texts(p).entrySet()) {
                for (Map.Entry<String, Rgba> bg : textBackgrounds(p).entrySet()) {
                    assertThat(Contrast.ratio(text.getValue(), bg.getValue()))
                            .as("%s: %s text on %s", p, text.getKey(), bg.getKey())
                            .isGreaterThanOrEqualTo(Contrast.TEXT_AA);
                }
            }
        }
    }
}
