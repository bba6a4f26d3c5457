package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a catalogue entry from the list shows the Run view; the Scenarios button comes back. */
class ScenarioOpensRunUITest {
    private final FxRobot robot = new FxRobot();
    private Application application;

    @BeforeAll
    static void keepToolkitAlive() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @BeforeEach
    void open() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(MptcpLabApplication.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void enterOnTheFirstScenarioRunsItAndScenariosGoesBack() {
        robot.clickOn("#scenario-list").type(KeyCode.HOME).type(KeyCode.ENTER);

        assertThat(robot.lookup("#run-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("Running 'l4lb-tcp'");
        robot.clickOn("#scenarios-button");
        assertThat(robot.lookup("#run-view").tryQuery()).isEmpty();
        assertThat(robot.lookup("#welcome-pane").tryQuery()).isPresent();
    }
}
