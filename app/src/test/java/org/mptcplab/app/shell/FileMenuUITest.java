package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;
import org.testfx.api.FxRobot;

/** Ctrl+O with a good and a broken file, Ctrl+S, and the Open recent submenu. */
class FileMenuUITest {
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    @RegisterExtension
    final MainWindowFixture shell = new MainWindowFixture();

    @Test
    void openingAFileRunsItAndABrokenOneShowsTheLoaderMessageAndKeepsTheRun() throws Exception {
        Path good = dir.resolve("plain.json");
        Files.writeString(good, ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-mptcp-plain")));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 1,\n  \"id\": ");
        shell.chooser().then(good).then(broken);
        robot.clickOn("#welcome-pane");

        shell.ctrl(KeyCode.O);
        RunSource running = shell.model().runProperty().get();
        assertThat(running.id()).isEqualTo("l4lb-mptcp-plain");
        assertThat(shell.model().getStatus()).contains("from plain.json");

        shell.ctrl(KeyCode.O);
        assertThat(shell.errors()).singleElement().asString().startsWith(broken + ":3:");
        assertThat(shell.model().runProperty().get()).isSameAs(running);
        assertThat(shell.recent().files()).containsExactly(good);
    }

    @Test
    void saveOfABuiltInAsksForAFileAndListsItUnderOpenRecent() throws Exception {
        robot.interact(() -> shell.model().openRun("l4lb-tcp"));
        Path target = dir.resolve("copy.json");
        shell.chooser().then(target);
        robot.clickOn("#run-view");

        shell.ctrl(KeyCode.S);

        assertThat(ScenarioLoader.load(target).id()).isEqualTo("l4lb-tcp");
        assertThat(shell.recent().files()).containsExactly(target);
        assertThat(shell.fileMenuItem("menu-file-recent").isDisable()).isFalse();
    }
}
