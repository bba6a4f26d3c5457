package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Opening a catalogue entry from the list shows the Run view; the Scenarios button comes back. */
class ScenarioOpensRunUITest {
    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final ApplicationFixture app = new ApplicationFixture();

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
