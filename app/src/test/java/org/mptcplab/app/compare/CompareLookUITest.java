package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mptcplab.app.canvas.TopologyView;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.fx.DiagramLook;
import org.mptcplab.app.sequence.SequenceChartView;
import org.mptcplab.app.shell.MainWindowFixture;
import org.mptcplab.assets.Themes;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The compare window follows the main window's theme live and starts at its zoom, then zooms on its own keys. */
class CompareLookUITest {
    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final MainWindowFixture shell = new MainWindowFixture();

    @AfterEach
    void close() {
        robot.interact(() -> compareStage().close());
    }

    private static Stage compareStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.getScene() != null
                && w.getScene().getRoot() instanceof CompareView).map(w -> (Stage) w).findFirst().orElseThrow();
    }

    private Stage openCompare() throws TimeoutException {
        robot.interact(() -> shell.window().openCompare("l4lb-mptcp-plain", "l4lb-mptcp-fixed"));
        CompareViewModel m = ((CompareView) compareStage().getScene().getRoot()).model();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> m.modelProperty().get() != null
                && !m.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return compareStage();
    }

    /** The looks of both sides' canvases and sequence charts. */
    private static List<DiagramLook> sideLooks(Stage stage) {
        List<DiagramLook> looks = new ArrayList<>();
        for (Node n : stage.getScene().getRoot().lookupAll(".compare-side")) {
            n.lookupAll("*").forEach(c -> {
                if (c instanceof TopologyView t) {
                    looks.add(t.look());
                } else if (c instanceof SequenceChartView s) {
                    looks.add(s.look());
                }
            });
        }
        return looks;
    }

    @Test
    void switchingTheMainWindowsThemeRepaintsBothSidesInTheNewPalette() throws Exception {
        Stage stage = openCompare();
        List<DiagramLook> looks = sideLooks(stage);
        assertThat(looks).hasSize(4).allSatisfy(l -> assertThat(l.getTheme()).isEqualTo(DiagramTheme.LIGHT));

        robot.interact(() -> shell.model().useTheme(Themes.DARK));

        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.stylesheet(Themes.DARK).toExternalForm());
        assertThat(looks).allSatisfy(l -> assertThat(l.getTheme()).isEqualTo(DiagramTheme.DARK));
        TopologyView canvas = (TopologyView) stage.getScene().lookup("#compare-side-left").lookupAll("*").stream()
                .filter(TopologyView.class::isInstance).findFirst().orElseThrow();
        assertThat(WaitForAsyncUtils.asyncFx(() -> canvas.diagram().texts()).get().stream().map(t -> t.colour()))
                .contains(DiagramTheme.DARK.foreground()).doesNotContain(DiagramTheme.LIGHT.foreground());
    }

    @Test
    void theWindowStartsAtTheMainWindowsZoomAndHasItsOwnZoomKeys() throws TimeoutException {
        robot.interact(() -> shell.window().zoomDiagrams(1));
        Stage stage = openCompare();
        List<DiagramLook> looks = sideLooks(stage);
        assertThat(looks).hasSize(4).allSatisfy(l -> assertThat(l.getZoom()).isEqualTo(DiagramLook.STEP));

        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(looks).allSatisfy(l -> assertThat(l.getZoom()).isCloseTo(DiagramLook.STEP * DiagramLook.STEP,
                offset(1e-9)));
        assertThat(DiagramLook.of(stage.getOwner().getScene()).getZoom()).isEqualTo(DiagramLook.STEP);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(looks).allSatisfy(l -> assertThat(l.getZoom()).isEqualTo(1.0));
    }
}
