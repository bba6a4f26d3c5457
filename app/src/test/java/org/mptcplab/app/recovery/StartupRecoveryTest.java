package org.mptcplab.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.files.FileChooserPort;
import org.mptcplab.app.files.JsonRecentFilesStore;
import org.mptcplab.app.files.RecentFiles;
import org.mptcplab.app.files.ScenarioFilesViewModel;
import org.mptcplab.app.files.ScriptedDialogs;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;

/** A "crash" is a second session on the same folders without the first one closing. */
class StartupRecoveryTest {
    @TempDir
    Path dir;
    private final ManualTimer timer = new ManualTimer(1_700_000_000_000L);
    private AutosaveStore store;
    private Scenario tcp;
    private Path file;

    /** One app session: its own view-model and autosaver on the shared folders. */
    private record Session(ScenarioFilesViewModel files, Autosaver saver, ScriptedDialogs dialogs) {
    }

    private Session session() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Autosaver saver = new Autosaver(store, timer::now, timer, m -> dialogs.showError("autosave", m));
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
        RecentFiles recent = new RecentFiles(new JsonRecentFilesStore(dir.resolve("recent.json")), 8);
        return new Session(new ScenarioFilesViewModel(none, dialogs, recent, saver), saver, dialogs);
    }

    private Optional<StartupRecovery.Outcome> restart(Session s) {
        return new StartupRecovery(store, s.saver(), s.dialogs(), ZoneOffset.UTC).offer(s.files());
    }

    @BeforeEach
    void setUp() throws Exception {
        store = new AutosaveStore(dir.resolve("state").resolve("autosave"));
        tcp = ScenarioLoader.builtIn("l4lb-tcp");
        file = dir.resolve("s.json");
        Files.writeString(file, ScenarioWriter.toJson(tcp));
        Files.setLastModifiedTime(file, FileTime.fromMillis(timer.now() - 60_000));
    }

    @Test
    void anEditIsRecoveredAfterACrashAndSavingItRemovesTheAutosave() throws Exception {
        Session first = session();
        first.files().open(file);
        first.files().edit(tcp.withSeed(42));
        timer.advanceTo(timer.now() + 10_000);

        Session second = session();
        second.dialogs().answer("recover", StartupRecovery.RECOVER);
        Optional<StartupRecovery.Outcome> outcome = restart(second);

        assertThat(second.dialogs().questions()).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("Recover 1 unsaved scenario?");
            assertThat(q.message()).contains("l4lb-tcp (edited from " + file + ")");
        });
        assertThat(outcome).map(StartupRecovery.Outcome::opened).contains(tcp.withSeed(42));
        assertThat(second.files().getFile()).isEqualTo(file);
        assertThat(second.files().isDirty()).isTrue();
        assertThat(ScenarioLoader.load(file)).as("nothing written over the file yet").isEqualTo(tcp);

        assertThat(second.files().save()).isTrue();

        assertThat(store.list()).isEmpty();
        assertThat(ScenarioLoader.load(file).seed()).isEqualTo(42);
    }

    @Test
    void discardDeletesTheAutosavesAndClosingTheDialogKeepsThem() throws Exception {
        Session first = session();
        first.files().adopt(tcp, null);
        first.files().edit(tcp.withSeed(7));

        Session undecided = session();
        assertThat(restart(undecided)).isEmpty();
        assertThat(store.list()).hasSize(1);

        Session discarding = session();
        discarding.dialogs().answer("recover", StartupRecovery.DISCARD);
        assertThat(restart(discarding)).isEmpty();
        assertThat(store.list()).isEmpty();
        assertThat(discarding.files().getScenario()).isNull();
    }

    @Test
    void anAutosaveOlderThanItsFileIsNotOfferedAndIsRemoved() throws Exception {
        Session first = session();
        first.files().open(file);
        first.files().edit(tcp.withSeed(3));
        Files.writeString(file, ScenarioWriter.toJson(tcp.withSeed(9)));
        Files.setLastModifiedTime(file, FileTime.fromMillis(timer.now() + 5_000));

        Session second = session();

        assertThat(restart(second)).isEmpty();
        assertThat(second.dialogs().questions()).isEmpty();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void withTwoAutosavesTheNewestOpensAndTheOtherGoesToOpenRecent() throws Exception {
        Session first = session();
        first.files().adopt(tcp, null);
        first.files().edit(tcp.withSeed(11));
        timer.advanceTo(timer.now() + 5_000);
        // A built-in opened from the list replaces the scenario without asking; its edits stay autosaved.
        first.files().adopt(tcp, file);
        first.files().edit(tcp.withSeed(12));

        Session second = session();
        second.dialogs().answer("recover", StartupRecovery.RECOVER);
        StartupRecovery.Outcome outcome = restart(second).orElseThrow();

        assertThat(second.dialogs().questions().get(0).title()).isEqualTo("Recover 2 unsaved scenarios?");
        assertThat(outcome.opened().seed()).isEqualTo(12);
        assertThat(outcome.others()).singleElement().satisfies(p -> {
            assertThat(p.getParent()).isEqualTo(store.recoveredDir());
            assertThat(ScenarioLoader.load(p).seed()).isEqualTo(11);
        });
        assertThat(second.files().recent().files()).contains(outcome.others().get(0));
        assertThat(store.list()).extracting(Autosave::origin).containsExactly(file);
    }
}
