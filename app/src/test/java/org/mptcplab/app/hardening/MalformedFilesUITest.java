package org.mptcplab.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.mptcplab.app.shell.MainWindow;
import org.mptcplab.app.shell.ShellViewModel;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

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
    private final Deque<Optional<Path>> answers = new ArrayDeque<>();
    private final List<String> errors = new ArrayList<>();
    @TempDir
    Path dir;
    private ShellViewModel model;

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
        RecentFiles recent = new RecentFiles(new JsonRecentFilesStore(dir.resolve("recent.json")), 4);
        FxToolkit.setupStage(s -> new MainWindow(s, model, chooser, (t, m) -> errors.add(m), recent).show());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(model::closeRun);
        FxToolkit.cleanupStages();
    }

    private void open(Path file) {
        answers.add(Optional.of(file));
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachMalformedFileGivesOneLocatedDialogAndTheOpenRunStays() throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-tcp")));
        robot.clickOn("#welcome-pane");
        open(good);
        RunSource running = model.runProperty().get();
        assertThat(running.id()).isEqualTo("l4lb-tcp");

        List<String> expected = new ArrayList<>();
        for (String name : List.of("escaped-newline-in-value.json", "huge-exponent-rate.json",
                "binary-garbage.json")) {
            Path file = SCENARIOS.resolve(name);
            expected.add(file + located(name));
            open(file);
        }

        assertThat(errors).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(errors.get(i).lines().findFirst().orElseThrow()).startsWith(expected.get(i));
            assertThat(errors.get(i)).doesNotContain(InProcessCli.LEAKS.toArray(String[]::new));
        }
        assertThat(model.runProperty().get()).isSameAs(running);
    }

    /** {@code :line:col: path: message} of a corpus file, from the index the loader tests use. */
    private static String located(String name) throws java.io.IOException {
        return Files.readAllLines(SCENARIOS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith(name + "\t")).map(l -> l.split("\t", -1))
                .map(f -> ":" + f[1] + ":" + f[2] + ": " + (f[3].isEmpty() ? "" : f[3] + ": ") + f[4])
                .findFirst().orElseThrow();
    }
}
