package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mptcplab.app.shell.ApplicationFixture;
import org.mptcplab.app.shell.MainWindowFixture;
import org.mptcplab.app.shell.MptcpLabApplication;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** View > Compare… in the main window opens the compare view on the first preset. */
class CompareMenuUITest {
    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final ApplicationFixture app = new ApplicationFixture();

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> compareStage().ifPresent(Stage::close));
    }

    private static Optional<Stage> compareStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.getScene() != null
                && w.getScene().getRoot() instanceof CompareView).map(w -> (Stage) w).findFirst();
    }

    @Test
    void viewMenuHasCompareOnShortcutK() {
        MenuItem compare = MainWindowFixture.menuItem("menu-view", "menu-view-compare");
        assertThat(compare.getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
    }

    @Test
    void theCompareParameterOpensThatPair() throws TimeoutException {
        app.restart("--" + MptcpLabApplication.COMPARE_PARAMETER + "=l4lb-tcp,l4lb-mptcp-plain");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compareStage().isPresent());
        CompareView view = (CompareView) compareStage().orElseThrow().getScene().getRoot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.model().pairProperty().get() != null);
        assertThat(view.model().pairProperty().get().left().id()).isEqualTo("l4lb-tcp");
        assertThat(view.model().pairProperty().get().right().id()).isEqualTo("l4lb-mptcp-plain");
    }

    @Test
    void shortcutKOpensTheCompareViewOnTheLoadBalancerPair() throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compareStage().isPresent());
        CompareView view = (CompareView) compareStage().orElseThrow().getScene().getRoot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.model().modelProperty().get() != null);
        assertThat(view.model().pairProperty().get().left().id()).isEqualTo("l4lb-mptcp-plain");
        assertThat(view.model().pairProperty().get().right().id()).isEqualTo("l4lb-mptcp-fixed");
    }
}
