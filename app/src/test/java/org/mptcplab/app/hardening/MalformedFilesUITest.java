package org.mptcplab.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.app.shell.MainWindowFixture;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;
import org.testfx.api.FxRobot;

/**
 * Three corpus scenarios opened through File > Open (Ctrl+O) with a scripted chooser: a value holding
 * an escaped newline and a terminal escape, a rate of {@code 1e999999999} (once an out-of-memory) and
 * binary garbage. Each gives one error dialog whose message starts with the corpus' located line, and
 * the run that was open stays open.
 */
class MalformedFilesUITest {
    private static final Path SCENARIOS = Path.of("..", "lessons", "src", "test", "resources", "org", "mptcplab",
            "lessons", "hardening", "scenarios");
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    @RegisterExtension
    final MainWindowFixture shell = new MainWindowFixture();

    private void open(Path file) {
        shell.chooser().then(file);
        shell.ctrl(KeyCode.O);
    }

    @Test
    void eachMalformedFileGivesOneLocatedDialogAndTheOpenRunStays() throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-tcp")));
        robot.clickOn("#welcome-pane");
        open(good);
        RunSource running = shell.model().runProperty().get();
        assertThat(running.id()).isEqualTo("l4lb-tcp");

        List<String> expected = new ArrayList<>();
        for (String name : List.of("escaped-newline-in-value.json", "huge-exponent-rate.json",
                "binary-garbage.json")) {
            Path file = SCENARIOS.resolve(name);
            expected.add(file + located(name));
            open(file);
        }

        List<String> errors = shell.errors();
        assertThat(errors).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(errors.get(i).lines().findFirst().orElseThrow()).startsWith(expected.get(i));
            assertThat(errors.get(i)).doesNotContain(InProcessCli.LEAKS.toArray(String[]::new));
        }
        assertThat(shell.model().runProperty().get()).isSameAs(running);
    }

    /** {@code :line:col: path: message} of a corpus file, from the index the loader tests use. */
    private static String located(String name) throws java.io.IOException {
        return Files.readAllLines(SCENARIOS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith(name + "\t")).map(l -> l.split("\t", -1))
                .map(f -> ":" + f[1] + ":" + f[2] + ": " + (f[3].isEmpty() ? "" : f[3] + ": ") + f[4])
                .findFirst().orElseThrow();
    }
}
