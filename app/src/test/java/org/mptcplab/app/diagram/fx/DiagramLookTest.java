package org.mptcplab.app.diagram.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.ScreenTheme;
import org.mptcplab.assets.Themes;

/** Which diagram palette goes with which app theme, and the zoom steps of View &gt; Zoom. */
class DiagramLookTest {

    @Test
    void eachAppThemeHasItsOwnDiagramPalette() {
        assertThat(DiagramLook.forAppTheme(Themes.LIGHT)).isEqualTo(DiagramTheme.LIGHT);
        assertThat(DiagramLook.forAppTheme(Themes.DARK)).isEqualTo(DiagramTheme.DARK);
        assertThat(DiagramLook.forAppTheme(Themes.HIGH_CONTRAST)).isEqualTo(ScreenTheme.HIGH_CONTRAST);
    }

    @Test
    void thePaletteIsReadFromTheThemeStylesheetAmongTheScenesSheets() {
        String dark = Themes.stylesheet(Themes.DARK).toExternalForm();
        String hc = Themes.stylesheet(Themes.HIGH_CONTRAST).toExternalForm();

        assertThat(DiagramLook.forStylesheets(List.of("file:/x/lesson.css", dark))).isEqualTo(DiagramTheme.DARK);
        assertThat(DiagramLook.forStylesheets(List.of(hc, "file:/x/lesson.css"))).isEqualTo(ScreenTheme.HIGH_CONTRAST);
        assertThat(DiagramLook.forStylesheets(List.of())).isEqualTo(DiagramTheme.LIGHT);
    }

    @Test
    void zoomStepsStayWithinTheLimitsAndResetGoesBackToOne() {
        DiagramLook look = new DiagramLook();
        look.zoomIn();
        assertThat(look.getZoom()).isEqualTo(DiagramLook.STEP);
        for (int i = 0; i < 30; i++) {
            look.zoomIn();
        }
        assertThat(look.getZoom()).isEqualTo(DiagramLook.MAX_ZOOM);
        for (int i = 0; i < 60; i++) {
            look.zoomOut();
        }
        assertThat(look.getZoom()).isEqualTo(DiagramLook.MIN_ZOOM);
        look.resetZoom();
        assertThat(look.getZoom()).isEqualTo(1);
    }

    @Test
    void theStyleCarriesPaletteAndZoomedFont() {
        DiagramLook look = new DiagramLook();
        look.setTheme(ScreenTheme.HIGH_CONTRAST);
        look.setZoom(DiagramLook.PRESENTER_ZOOM);

        assertThat(look.style().theme()).isEqualTo(ScreenTheme.HIGH_CONTRAST);
        assertThat(look.style().fontSize()).isEqualTo(12 * 1.6);
        assertThat(look.style().zoom()).isEqualTo(1.6);
    }
}
