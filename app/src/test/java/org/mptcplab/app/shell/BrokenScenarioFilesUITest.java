package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.editor.ScenarioEditorView;
import org.mptcplab.app.files.JsonRecentFilesStore;
import org.mptcplab.app.files.MalformedScenarioFiles;
import org.mptcplab.app.files.RecentFiles;
import org.mptcplab.app.files.ScriptedDialogs;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ten malformed scenario files through File > Open, Open recent and drag-and-drop: each gives one dialog
 * naming file, line, column and field, and the shown run, the editor's scenario and the current file
 * stay as they were.
 */
class BrokenScenarioFilesUITest {
    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FakeFileChooser chooser = new FakeFileChooser();
    @TempDir
    Path dir;
    private ShellViewModel model;
    private MainWindow window;
    private List<MalformedScenarioFiles.Case> cases;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        cases = MalformedScenarioFiles.write(dir.resolve("bad"));
        model = new ShellViewModel(AppInfo.version(), Catalog.entries(), Themes.LIGHT);
        RecentFiles recent = new RecentFiles(new JsonRecentFilesStore(dir.resolve("recent.json")), 4);
        // Open recent can list a file that broke after it was last opened.
        recent.add(cases.get(8).file());
        FxToolkit.setupStage(s -> {
            window = new MainWindow(s, model, chooser, dialogs, recent);
            window.show();
        });
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

    private MenuItem menuItem(String id) {
        Menu file = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        return file.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private MenuItem recentEntry() {
        Menu file = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        Menu recent = (Menu) file.getItems().stream().filter(i -> "menu-file-recent".equals(i.getId()))
                .findFirst().orElseThrow();
        return recent.getItems().stream().filter(i -> i.getText().endsWith(cases.get(8).file().toString()))
                .findFirst().orElseThrow();
    }

    @Test
    void everyMalformedFileGivesALocatedDialogAndKeepsRunEditorAndFile() throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-mptcp-fixed")));
        chooser.then(good);
        robot.clickOn("#welcome-pane");
        ctrl(KeyCode.O);
        robot.clickOn("#run-view");
        ctrl(KeyCode.E);
        ScenarioEditorView editor = robot.lookup("#scenario-editor").queryAs(ScenarioEditorView.class);
        Stage editorStage = (Stage) editor.getScene().getWindow();
        robot.interact(() -> {
            editor.model().select("lb");
            editor.model().edit("hash.function", "toeplitz");
        });
        Scenario edited = editor.model().getScenario();
        RunSource running = model.runProperty().get();

        for (int i = 0; i < cases.size(); i++) {
            MalformedScenarioFiles.Case c = cases.get(i);
            int before = dialogs.errors().size();
            if (i == 8) {
                robot.interact(() -> recentEntry().fire());
            } else if (i == 9) {
                robot.interact(() -> window.guards().dropped(List.of(dir.resolve("notes.txt"), c.file())));
            } else {
                // File > Open from the menu: the editor window has the keyboard focus now.
                chooser.then(c.file());
                robot.interact(() -> menuItem("menu-file-open").fire());
            }
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(dialogs.errors()).as(c.file().toString()).hasSize(before + 1);
            String message = dialogs.errors().get(before);
            assertThat(message).as(c.file().toString()).contains(c.file() + ":").contains("Line ")
                    .contains(", column ").contains("Field: ").doesNotContain("Exception").doesNotContain("\tat ");
            if (c.line() > 0) {
                assertThat(message).contains(c.file() + ":" + c.line() + ":");
            }
            if (!c.field().isEmpty()) {
                assertThat(message).contains("Field: " + c.field());
            }
            assertThat(model.runProperty().get()).isSameAs(running);
            assertThat(window.files().getFile()).isEqualTo(good);
            assertThat(window.files().getScenario()).isSameAs(edited);
            assertThat(editor.model().getScenario()).isSameAs(edited);
            assertThat(editorStage.isShowing()).isTrue();
        }
        assertThat(dialogs.questions()).as("a broken file never asks about the unsaved edits").isEmpty();
    }
}
