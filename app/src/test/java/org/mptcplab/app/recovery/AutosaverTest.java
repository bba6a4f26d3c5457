package org.mptcplab.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoader;

class AutosaverTest {
    @TempDir
    Path dir;
    private final ManualTimer timer = new ManualTimer(1_000_000);
    private final List<String> problems = new ArrayList<>();
    private AutosaveStore store;
    private Autosaver saver;
    private Scenario tcp;

    @BeforeEach
    void setUp() throws Exception {
        store = new AutosaveStore(dir.resolve("autosave"));
        saver = new Autosaver(store, timer::now, timer, problems::add);
        tcp = ScenarioLoader.builtIn("l4lb-tcp");
    }

    private long savedSeed() throws Exception {
        return ScenarioLoader.parse("x", store.list().get(0).scenarioJson()).seed();
    }

    @Test
    void theFirstEditIsWrittenAtOnce() throws Exception {
        saver.changed(dir.resolve("s.json"), tcp.withSeed(5));

        assertThat(store.list()).singleElement().satisfies(a -> {
            assertThat(a.origin()).isEqualTo(dir.resolve("s.json"));
            assertThat(a.savedAtMillis()).isEqualTo(1_000_000);
        });
        assertThat(savedSeed()).isEqualTo(5);
    }

    @Test
    void editsWithinTwoSecondsAreWrittenTogetherWhenTheIntervalEnds() throws Exception {
        saver.changed(null, tcp.withSeed(1));
        timer.advanceTo(1_000_500);
        saver.changed(null, tcp.withSeed(2));
        timer.advanceTo(1_001_000);
        saver.changed(null, tcp.withSeed(3));

        assertThat(savedSeed()).isEqualTo(1);
        assertThat(timer.waiting()).isEqualTo(1);

        timer.advanceTo(1_002_000);

        assertThat(savedSeed()).isEqualTo(3);
        assertThat(store.list()).singleElement().extracting(Autosave::savedAtMillis).isEqualTo(1_002_000L);
    }

    @Test
    void settlingRemovesTheAutosaveAndADueTimerThenWritesNothing() throws Exception {
        saver.changed(null, tcp.withSeed(1));
        timer.advanceTo(1_000_100);
        saver.changed(null, tcp.withSeed(2));

        saver.settled();
        timer.advanceTo(1_010_000);

        assertThat(store.list()).isEmpty();
        assertThat(saver.currentKey()).isNull();
    }

    @Test
    void aReplacedScenarioKeepsItsLatestEditOnDisk() throws Exception {
        saver.changed(null, tcp.withSeed(1));
        timer.advanceTo(1_000_100);
        saver.changed(null, tcp.withSeed(2));

        saver.replaced();

        assertThat(savedSeed()).isEqualTo(2);
        assertThat(saver.currentKey()).isNull();
    }

    @Test
    void aFileScenarioIsKeyedByItsPathAndAnUntitledOneByIdAndTime() {
        Scenario s = tcp;

        assertThat(Autosaver.keyFor(Path.of("/a/b/my scenario.JSON"), s, 7)).matches("my_scenario-[0-9a-f]{12}");
        assertThat(Autosaver.keyFor(Path.of("/a/b/x.json"), s, 7)).isNotEqualTo(Autosaver.keyFor(Path.of("/c/x.json"), s, 7));
        assertThat(Autosaver.keyFor(null, s, 7)).isEqualTo("untitled-l4lb-tcp-7");
    }

    @Test
    void anUnwritableFolderIsReportedOnceAndEditingGoesOn() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file-not-folder"), "x");
        Autosaver blocked = new Autosaver(new AutosaveStore(blocker.resolve("autosave")), timer::now, timer,
                problems::add);

        blocked.changed(null, tcp.withSeed(1));
        timer.advanceTo(1_005_000);
        blocked.changed(null, tcp.withSeed(2));

        assertThat(problems).singleElement().asString().startsWith("cannot autosave to " + blocker.resolve("autosave"));
    }
}
