package org.mptcplab.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;

/**
 * The lessons module's malformed-scenario corpus (with its expected locations) opened through the files
 * view-model: every file gives one dialog naming that file, line, column and field, and nothing changes.
 */
class CorpusScenarioFilesTest {
    private static final Path CORPUS = Path.of("..", "lessons", "src", "test", "resources", "org", "mptcplab",
            "lessons", "hardening", "scenarios");
    @TempDir
    Path dir;

    @Test
    void everyCorpusFileGivesItsLocatedMessageAndKeepsTheOpenScenario() throws Exception {
        List<String> rows = Files.readAllLines(CORPUS.resolve("expected.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        ScriptedDialogs dialogs = new ScriptedDialogs();
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
        ScenarioFilesViewModel files = new ScenarioFilesViewModel(none, dialogs,
                new RecentFiles(new RecentFilesTest.MemoryStore(), 4));
        Path good = dir.resolve("good.json");
        Scenario tcp = ScenarioLoader.builtIn("l4lb-tcp");
        Files.writeString(good, ScenarioWriter.toJson(tcp));
        files.open(good);

        for (String row : rows) {
            String[] f = row.split("\t", -1);
            Path bad = CORPUS.resolve(f[0]);
            dialogs.errors().clear();

            assertThat(files.open(bad)).as(f[0]).isEmpty();

            assertThat(dialogs.errors()).as(f[0]).singleElement().asString()
                    .contains(bad + ":" + f[1] + ":" + f[2] + ": ")
                    .contains("Line " + f[1] + ", column " + f[2])
                    .contains("Field: " + (f[3].isEmpty() ? "(none" : f[3]))
                    .doesNotContain("Exception");
            assertThat(files.getScenario()).isEqualTo(tcp);
            assertThat(files.getFile()).isEqualTo(good);
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
    }
}
