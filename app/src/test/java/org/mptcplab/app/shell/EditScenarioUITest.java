package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.editor.ScenarioEditorView;
import org.mptcplab.app.files.FileChooserPort;
import org.mptcplab.app.files.JsonRecentFilesStore;
import org.mptcplab.app.files.RecentFiles;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+E opens the editor on the running scenario; its Run button re-runs the edit in the Run view. */
class EditScenarioUITest {
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private ShellViewModel model;
    private MainWindow window;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        model = new ShellViewModel(AppInfo.version(), Catalog.entries(), Themes.LIGHT);
        FileChooserPort none = new FileChooserPort() {
            @Override
            public Optional<Path> chooseOpen() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSave(String suggestedName) {
                return Optional.empty();
            }
        };
        RecentFiles recent = new RecentFiles(new JsonRecentFilesStore(dir.resolve("recent.json")), 4);
        FxToolkit.setupStage(s -> {
            window = new MainWindow(s, model, none, (t, m) -> { }, recent);
            window.show();
        });
        robot.interact(() -> model.openRun("l4lb-mptcp-plain"));
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(model::closeRun);
        FxToolkit.cleanupStages();
    }

    @Test
    void editorRunReplacesTheRunWithTheEditedScenario() {
        robot.clickOn("#run-view");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ScenarioEditorView editor = robot.lookup("#scenario-editor").queryAs(ScenarioEditorView.class);
        assertThat(editor.model().getScenario().id()).isEqualTo("l4lb-mptcp-plain");

        robot.interact(() -> {
            editor.model().select("lb");
            editor.model().edit("hash.function", "toeplitz");
        });
        robot.clickOn("#editor-run");

        ScenarioRunSource running = (ScenarioRunSource) model.runProperty().get();
        assertThat(((LoadBalancerSpec) running.scenario().node("lb").orElseThrow()).hashFunction())
                .isEqualTo("toeplitz");
        assertThat(model.getStatus()).contains("from the editor");
        assertThat(window.files().getScenario()).isSameAs(running.scenario());
    }
}
