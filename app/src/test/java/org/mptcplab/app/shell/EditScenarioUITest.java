package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mptcplab.app.editor.ScenarioEditorView;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.testfx.api.FxRobot;

/** Ctrl+E opens the editor on the running scenario; its Run button re-runs the edit in the Run view. */
class EditScenarioUITest {
    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final MainWindowFixture shell = new MainWindowFixture();

    @BeforeEach
    void open() throws Exception {
        robot.interact(() -> shell.model().openRun("l4lb-mptcp-plain"));
    }

    @Test
    void editorRunReplacesTheRunWithTheEditedScenario() {
        robot.clickOn("#run-view");
        shell.ctrl(KeyCode.E);
        ScenarioEditorView editor = robot.lookup("#scenario-editor").queryAs(ScenarioEditorView.class);
        assertThat(editor.model().getScenario().id()).isEqualTo("l4lb-mptcp-plain");

        robot.interact(() -> {
            editor.model().select("lb");
            editor.model().edit("hash.function", "toeplitz");
        });
        robot.clickOn("#editor-run");

        ScenarioRunSource running = (ScenarioRunSource) shell.model().runProperty().get();
        assertThat(((LoadBalancerSpec) running.scenario().node("lb").orElseThrow()).hashFunction())
                .isEqualTo("toeplitz");
        assertThat(shell.model().getStatus()).contains("from the editor");
        assertThat(shell.window().files().getScenario()).isSameAs(running.scenario());
    }
}
