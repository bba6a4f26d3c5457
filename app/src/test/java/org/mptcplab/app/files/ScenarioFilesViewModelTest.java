package org.mptcplab.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;

class ScenarioFilesViewModelTest {
    @TempDir
    Path dir;
    private final Deque<Optional<Path>> answers = new ArrayDeque<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> suggested = new ArrayList<>();
    private RecentFiles recent;
    private ScenarioFilesViewModel files;

    @BeforeEach
    void setUp() {
        FileChooserPort chooser = new FileChooserPort() {
            @Override
            public Optional<Path> chooseOpen() {
                return answers.pop();
            }

            @Override
            public Optional<Path> chooseSave(String suggestedName) {
                suggested.add(suggestedName);
                return answers.pop();
            }
        };
        recent = new RecentFiles(new RecentFilesTest.MemoryStore(), 4);
        files = new ScenarioFilesViewModel(chooser, (title, message) -> errors.add(title + "|" + message), recent);
    }

    @Test
    void savedScenarioReloadsEqualAndLeavesNoTemporaryFile() throws Exception {
        Scenario fixed = ScenarioLoader.builtIn("l4lb-mptcp-fixed");
        files.adopt(fixed, null);
        Path target = dir.resolve("mine.json");
        answers.add(Optional.of(target));

        assertThat(files.save()).isTrue();

        assertThat(suggested).containsExactly("l4lb-mptcp-fixed.json");
        assertThat(ScenarioLoader.load(target)).isEqualTo(fixed);
        assertThat(files.getFile()).isEqualTo(target);
        assertThat(recent.files()).containsExactly(target);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void saveOverwritesTheCurrentFileWithoutAsking() throws Exception {
        Path target = dir.resolve("s.json");
        Files.writeString(target, ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-tcp")));
        answers.add(Optional.of(target));
        files.open();
        Scenario plain = ScenarioLoader.builtIn("l4lb-mptcp-plain");
        files.adopt(plain, target);

        assertThat(files.save()).isTrue();

        assertThat(ScenarioLoader.load(target)).isEqualTo(plain);
        assertThat(answers).isEmpty();
    }

    @Test
    void openingABrokenFileShowsTheLoadersLineAndKeepsTheCurrentState() throws Exception {
        Scenario current = ScenarioLoader.builtIn("l4lb-tcp");
        Path good = dir.resolve("good.json");
        files.adopt(current, good);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"title\": 5\n}\n");
        answers.add(Optional.of(broken));

        assertThat(files.open()).isEmpty();

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith(ScenarioFilesViewModel.OPEN_FAILED + "|" + broken + ":4:")
                .contains("Line 4, column").contains("Field: title").contains(LoadProblems.KEPT);
        assertThat(files.getScenario()).isSameAs(current);
        assertThat(files.getFile()).isEqualTo(good);
        assertThat(recent.files()).isEmpty();
    }

    @Test
    void aMissingFileIsReportedNotThrown() {
        Path missing = dir.resolve("gone.json");

        assertThat(files.open(missing)).isEmpty();

        assertThat(errors).singleElement().asString().contains("gone.json").contains("cannot read");
    }

    @Test
    void openingAGoodFileMakesItCurrentAndRecent() throws Exception {
        Path file = dir.resolve("plain.json");
        Files.writeString(file, ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-mptcp-plain")));
        answers.add(Optional.of(file));

        Optional<Scenario> opened = files.open();

        assertThat(opened).map(Scenario::id).contains("l4lb-mptcp-plain");
        assertThat(files.getScenario()).isEqualTo(opened.get());
        assertThat(recent.files()).containsExactly(file);
        assertThat(errors).isEmpty();
    }

    @Test
    void cancellingTheChooserChangesNothing() throws Exception {
        files.adopt(ScenarioLoader.builtIn("l4lb-tcp"), null);
        answers.add(Optional.empty());
        answers.add(Optional.empty());

        assertThat(files.open()).isEmpty();
        assertThat(files.saveAs()).isFalse();

        assertThat(files.getScenario().id()).isEqualTo("l4lb-tcp");
        assertThat(files.getFile()).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void savingIntoAMissingFolderReportsAndKeepsTheOldFile() throws Exception {
        files.adopt(ScenarioLoader.builtIn("l4lb-tcp"), null);
        answers.add(Optional.of(dir.resolve("no").resolve("such").resolve("x.json")));

        assertThat(files.saveAs()).isFalse();

        assertThat(errors).singleElement().asString().startsWith(ScenarioFilesViewModel.SAVE_FAILED);
        assertThat(files.getFile()).isNull();
    }
}
