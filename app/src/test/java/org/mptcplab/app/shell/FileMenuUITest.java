package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.files.FileChooserPort;
import org.mptcplab.app.files.JsonRecentFilesStore;
import org.mptcplab.app.files.RecentFiles;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+O with a good and a broken file, Ctrl+S, and the Open recent submenu. */
class FileMenuUITest {
    private final FxRobot robot = new FxRobot();
    private final Deque<Optional<Path>> answers = new ArrayDeque<>();
    private final List<String> errors = new ArrayList<>();
    @TempDir
    Path dir;
    private ShellViewModel model;
    private RecentFiles recent;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        model = new ShellViewModel(AppInfo.version(), Catalog.entries(), Themes.LIGHT);
        FileChooserPort chooser = new FileChooserPort() {
            @Override
            public Optional<Path> chooseOpen() {
                return answers.pop();
            }

            @Override
            public Optional<Path> chooseSave(String suggestedName) {
                return answers.pop();
            }
        };
        recent = new RecentFiles(new JsonRecentFilesStore(dir.resolve("recent.json")), 4);
        FxToolkit.setupStage(s -> new MainWindow(s, model, chooser, (t, m) -> errors.add(m), recent).show());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(model::closeRun);
        FxToolkit.cleanupStages();
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingAFileRunsItAndABrokenOneShowsTheLoaderMessageAndKeepsTheRun() throws Exception {
        Path good = dir.resolve("plain.json");
        Files.writeString(good, ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-mptcp-plain")));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 1,\n  \"id\": ");
        answers.add(Optional.of(good));
        answers.add(Optional.of(broken));
        robot.clickOn("#welcome-pane");

        ctrl(KeyCode.O);
        RunSource running = model.runProperty().get();
        assertThat(running.id()).isEqualTo("l4lb-mptcp-plain");
        assertThat(model.getStatus()).contains("from plain.json");

        ctrl(KeyCode.O);
        assertThat(errors).singleElement().asString().startsWith(broken + ":3:");
        assertThat(model.runProperty().get()).isSameAs(running);
        assertThat(recent.files()).containsExactly(good);
    }

    @Test
    void saveOfABuiltInAsksForAFileAndListsItUnderOpenRecent() throws Exception {
        robot.interact(() -> model.openRun("l4lb-tcp"));
        Path target = dir.resolve("copy.json");
        answers.add(Optional.of(target));
        robot.clickOn("#run-view");

        ctrl(KeyCode.S);

        assertThat(ScenarioLoader.load(target).id()).isEqualTo("l4lb-tcp");
        assertThat(recent.files()).containsExactly(target);
        assertThat(robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0)
                .getItems().stream().filter(i -> "menu-file-recent".equals(i.getId())).findFirst().orElseThrow()
                .isDisable()).isFalse();
    }
}
