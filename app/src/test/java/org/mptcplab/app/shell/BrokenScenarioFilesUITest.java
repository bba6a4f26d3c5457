package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.editor.ScenarioEditorView;
import org.mptcplab.app.files.MalformedScenarioFiles;
import org.mptcplab.app.files.ScriptedDialogs;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ten malformed scenario files through File > Open, Open recent and drag-and-drop: each gives one dialog
 * naming file, line, column and field, and the shown run, the editor's scenario and the current file
 * stay as they were.
 */
class BrokenScenarioFilesUITest {
    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir
    Path dir;
    @RegisterExtension
    final MainWindowFixture shell = MainWindowFixture.unshown(dialogs);
    private List<MalformedScenarioFiles.Case> cases;

    @BeforeEach
    void open() throws Exception {
        cases = MalformedScenarioFiles.write(dir.resolve("bad"));
        // Open recent can list a file that broke after it was last opened.
        shell.recent().add(cases.get(8).file());
        shell.show();
    }

    private MenuItem recentEntry() {
        Menu recent = (Menu) shell.fileMenuItem("menu-file-recent");
        return recent.getItems().stream().filter(i -> i.getText().endsWith(cases.get(8).file().toString()))
                .findFirst().orElseThrow();
    }

    @Test
    void everyMalformedFileGivesALocatedDialogAndKeepsRunEditorAndFile() throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-mptcp-fixed")));
        shell.chooser().then(good);
        robot.clickOn("#welcome-pane");
        shell.ctrl(KeyCode.O);
        robot.clickOn("#run-view");
        shell.ctrl(KeyCode.E);
        ScenarioEditorView editor = robot.lookup("#scenario-editor").queryAs(ScenarioEditorView.class);
        Stage editorStage = (Stage) editor.getScene().getWindow();
        robot.interact(() -> {
            editor.model().select("lb");
            editor.model().edit("hash.function", "toeplitz");
        });
        Scenario edited = editor.model().getScenario();
        RunSource running = shell.model().runProperty().get();

        for (int i = 0; i < cases.size(); i++) {
            MalformedScenarioFiles.Case c = cases.get(i);
            int before = dialogs.errors().size();
            if (i == 8) {
                robot.interact(() -> recentEntry().fire());
            } else if (i == 9) {
                robot.interact(() -> shell.window().guards().dropped(List.of(dir.resolve("notes.txt"), c.file())));
            } else {
                // File > Open from the menu: the editor window has the keyboard focus now.
                shell.chooser().then(c.file());
                robot.interact(() -> shell.fileMenuItem("menu-file-open").fire());
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
            assertThat(shell.model().runProperty().get()).isSameAs(running);
            assertThat(shell.window().files().getFile()).isEqualTo(good);
            assertThat(shell.window().files().getScenario()).isSameAs(edited);
            assertThat(editor.model().getScenario()).isSameAs(edited);
            assertThat(editorStage.isShowing()).isTrue();
        }
        assertThat(dialogs.questions()).as("a broken file never asks about the unsaved edits").isEmpty();
    }
}
