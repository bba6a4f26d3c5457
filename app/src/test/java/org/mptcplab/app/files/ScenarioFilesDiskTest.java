package org.mptcplab.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;

/** Unsaved edits, files changed by another program, and the questions they lead to. */
class ScenarioFilesDiskTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> work = new ArrayList<>();
    private final List<Optional<Path>> saveAnswers = new ArrayList<>();
    private ScenarioFilesViewModel files;
    private Scenario tcp;
    private Scenario plain;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        UnsavedWork recorder = new UnsavedWork() {
            @Override
            public void changed(Path f, Scenario s) {
                work.add("changed " + s.id());
            }

            @Override
            public void settled() {
                work.add("settled");
            }

            @Override
            public void replaced() {
                work.add("replaced");
            }
        };
        FileChooserPort chooser = new FileChooserPort() {
            @Override
            public Optional<Path> chooseOpen() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSave(String suggestedName) {
                return saveAnswers.remove(0);
            }
        };
        files = new ScenarioFilesViewModel(chooser, dialogs, new RecentFiles(new RecentFilesTest.MemoryStore(), 4),
                recorder);
        tcp = ScenarioLoader.builtIn("l4lb-tcp");
        plain = ScenarioLoader.builtIn("l4lb-mptcp-plain");
        file = dir.resolve("s.json");
        Files.writeString(file, ScenarioWriter.toJson(tcp));
        files.open(file);
        work.clear();
    }

    /** Another program writes {@code s} into the file, one second later than the last write. */
    private void writeElsewhere(Scenario s) throws Exception {
        long before = Files.getLastModifiedTime(file).toMillis();
        Files.writeString(file, ScenarioWriter.toJson(s));
        Files.setLastModifiedTime(file, FileTime.fromMillis(before + 1_000));
    }

    private Scenario edited() {
        return tcp.withSeed(tcp.seed() + 1);
    }

    @Test
    void anEditMakesTheScenarioDirtyAndSavingSettlesIt() throws Exception {
        files.edit(edited());
        assertThat(files.isDirty()).isTrue();

        assertThat(files.save()).isTrue();

        assertThat(files.isDirty()).isFalse();
        assertThat(ScenarioLoader.load(file)).isEqualTo(edited());
        assertThat(work).containsExactly("changed l4lb-tcp", "settled");
    }

    @Test
    void undoingBackToTheSavedScenarioIsNotDirty() {
        files.edit(edited());
        files.edit(tcp);

        assertThat(files.isDirty()).isFalse();
        assertThat(work).containsExactly("changed l4lb-tcp", "settled");
    }

    @Test
    void aFileChangedOnDiskOffersReloadWhichShowsTheNewContent() throws Exception {
        writeElsewhere(plain);
        dialogs.answer("file-changed", FileQuestions.RELOAD);

        Optional<Scenario> reloaded = files.checkDisk();

        assertThat(reloaded).contains(plain);
        assertThat(files.getScenario()).isEqualTo(plain);
        assertThat(files.isDirty()).isFalse();
        assertThat(dialogs.questionIds()).containsExactly("file-changed");
    }

    @Test
    void keepMineThenSaveAsksBeforeOverwritingAndCancelLeavesTheirVersion() throws Exception {
        files.edit(edited());
        writeElsewhere(plain);
        dialogs.answer("file-changed", FileQuestions.KEEP_MINE).answer("overwrite-changed", FileQuestions.CANCEL);

        assertThat(files.checkDisk()).isEmpty();
        assertThat(files.checkDisk()).as("the same foreign version is not asked about twice").isEmpty();
        assertThat(files.save()).isFalse();

        assertThat(dialogs.questionIds()).containsExactly("file-changed", "overwrite-changed");
        assertThat(ScenarioLoader.load(file)).isEqualTo(plain);
        assertThat(files.getScenario()).isEqualTo(edited());
        assertThat(files.isDirty()).isTrue();
    }

    @Test
    void overwriteAnswerWritesMineAndLaterSavesDoNotAskAgain() throws Exception {
        files.edit(edited());
        writeElsewhere(plain);
        dialogs.answer("overwrite-changed", FileQuestions.OVERWRITE);

        assertThat(files.save()).isTrue();
        files.edit(edited().withSeed(99));
        assertThat(files.save()).isTrue();

        assertThat(dialogs.questionIds()).containsExactly("overwrite-changed");
        assertThat(ScenarioLoader.load(file).seed()).isEqualTo(99);
    }

    @Test
    void aTouchWithoutNewContentIsNotReported() throws Exception {
        writeElsewhere(tcp);

        assertThat(files.checkDisk()).isEmpty();
        assertThat(files.save()).isTrue();

        assertThat(dialogs.questions()).isEmpty();
    }

    @Test
    void aDeletedFileIsReportedOnceAndSaveWritesItAgain() throws Exception {
        Files.delete(file);

        files.checkDisk();
        files.checkDisk();
        assertThat(files.save()).isTrue();

        assertThat(dialogs.questionIds()).containsExactly("file-missing");
        assertThat(ScenarioLoader.load(file)).isEqualTo(tcp);
    }

    @Test
    void openingAnotherFileOverUnsavedEditsAsksAndCancelKeepsThem() throws Exception {
        files.edit(edited());
        Path other = dir.resolve("other.json");
        Files.writeString(other, ScenarioWriter.toJson(plain));

        assertThat(files.open(other)).isEmpty();
        assertThat(files.getScenario()).isEqualTo(edited());

        dialogs.answer("unsaved-edits", FileQuestions.DISCARD);
        assertThat(files.open(other)).contains(plain);
        assertThat(files.getFile()).isEqualTo(other);
        assertThat(work).containsExactly("changed l4lb-tcp", "settled", "replaced", "settled");
    }

    @Test
    void aBrokenFileNeverAsksAboutUnsavedEditsAndKeepsThem() throws Exception {
        files.edit(edited());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{");

        assertThat(files.open(broken)).isEmpty();

        assertThat(dialogs.questions()).isEmpty();
        assertThat(dialogs.errors()).singleElement().asString().startsWith(ScenarioFilesViewModel.OPEN_FAILED);
        assertThat(files.getScenario()).isEqualTo(edited());
        assertThat(files.getFile()).isEqualTo(file);
        assertThat(files.isDirty()).isTrue();
    }

    @Test
    void closingWithUnsavedEditsAndSaveWritesTheFile() throws Exception {
        files.edit(edited());
        dialogs.answer("unsaved-edits", FileQuestions.SAVE);

        assertThat(files.readyToLeave()).isTrue();

        assertThat(ScenarioLoader.load(file)).isEqualTo(edited());
    }

    @Test
    void closingADialogWithoutAnAnswerCancels() {
        files.edit(edited());

        assertThat(files.readyToLeave()).isFalse();
        assertThat(files.readyToLeave()).isFalse();

        assertThat(dialogs.questionIds()).containsExactly("unsaved-edits", "unsaved-edits");
    }

    @Test
    void everyMalformedFileGivesTheLocatedMessageAndChangesNothing() throws Exception {
        List<MalformedScenarioFiles.Case> cases = MalformedScenarioFiles.write(dir.resolve("bad"));

        for (MalformedScenarioFiles.Case c : cases) {
            dialogs.errors().clear();
            assertThat(files.open(c.file())).as(c.file().toString()).isEmpty();
            String message = dialogs.errors().get(0);
            assertThat(message).as(c.file().toString()).contains(c.file() + ":").contains("Line ")
                    .contains("column").contains("Field: " + (c.field().isEmpty() ? "(none" : c.field()))
                    .doesNotContain("Exception").doesNotContain("\tat ");
            if (c.line() > 0) {
                assertThat(message).as(c.file().toString()).contains(c.file() + ":" + c.line() + ":");
            }
            assertThat(files.getScenario()).isEqualTo(tcp);
            assertThat(files.getFile()).isEqualTo(file);
        }
        assertThat(cases).hasSize(10);
    }
}
