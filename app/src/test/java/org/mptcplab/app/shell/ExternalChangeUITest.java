package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.files.ScriptedDialogs;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A file changed by another program while open: Reload shows it; Keep mine then Ctrl+S asks first. */
class ExternalChangeUITest {
    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir
    Path dir;
    @RegisterExtension
    final MainWindowFixture shell = new MainWindowFixture(dialogs);
    private Path file;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("s.json");
        Files.writeString(file, ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-mptcp-plain")));
        shell.chooser().then(file);
        robot.clickOn("#welcome-pane");
        shell.ctrl(KeyCode.O);
    }

    private void changeOnDisk(Scenario s) throws Exception {
        long before = Files.getLastModifiedTime(file).toMillis();
        Files.writeString(file, ScenarioWriter.toJson(s));
        Files.setLastModifiedTime(file, FileTime.fromMillis(before + 2_000));
    }

    /**
     * What the window's focus listener does when the window gets the focus back. Monocle does not move
     * the focus between stages, so the test calls the listener's action directly.
     */
    private void leaveAndComeBack() {
        robot.interact(() -> shell.window().guards().windowFocused());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shownId() {
        return ((ScenarioRunSource) shell.model().runProperty().get()).scenario().id();
    }

    @Test
    void regainingFocusAfterAnOutsideChangeOffersReloadAndReloadShowsTheNewContent() throws Exception {
        assertThat(shownId()).isEqualTo("l4lb-mptcp-plain");
        changeOnDisk(ScenarioLoader.builtIn("l4lb-mptcp-fixed"));
        dialogs.answer("file-changed", "Reload");

        leaveAndComeBack();

        assertThat(dialogs.questionIds()).containsExactly("file-changed");
        assertThat(shownId()).isEqualTo("l4lb-mptcp-fixed");
        assertThat(shell.window().files().getScenario()).isEqualTo(ScenarioLoader.builtIn("l4lb-mptcp-fixed"));
    }

    @Test
    void keepMineThenCtrlSAsksBeforeOverwritingAndCancelKeepsTheirFile() throws Exception {
        Scenario theirs = ScenarioLoader.builtIn("l4lb-mptcp-fixed");
        changeOnDisk(theirs);
        dialogs.answer("file-changed", "Keep mine").answer("overwrite-changed", "Cancel")
                .answer("overwrite-changed", "Overwrite");

        leaveAndComeBack();
        assertThat(shownId()).isEqualTo("l4lb-mptcp-plain");
        robot.clickOn("#run-view");
        shell.ctrl(KeyCode.S);

        assertThat(dialogs.questionIds()).containsExactly("file-changed", "overwrite-changed");
        assertThat(ScenarioLoader.load(file)).isEqualTo(theirs);

        shell.ctrl(KeyCode.S);

        assertThat(ScenarioLoader.load(file).id()).isEqualTo("l4lb-mptcp-plain");
    }
}
