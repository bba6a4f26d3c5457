package org.mptcplab.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    /** A store that keeps the last saved list in memory. */
    static final class MemoryStore implements RecentFilesStore {
        List<Path> saved = new ArrayList<>();
        int saves;

        @Override
        public List<Path> load() {
            return saved;
        }

        @Override
        public void save(List<Path> files) {
            saved = List.copyOf(files);
            saves++;
        }
    }

    @Test
    void mostRecentComesFirstAndReopeningMovesAFileToTheFront() {
        MemoryStore store = new MemoryStore();
        RecentFiles recent = new RecentFiles(store, 5);

        recent.add(dir.resolve("a.json"));
        recent.add(dir.resolve("b.json"));
        recent.add(dir.resolve("a.json"));

        assertThat(recent.files()).containsExactly(dir.resolve("a.json"), dir.resolve("b.json"));
        assertThat(store.saved).containsExactlyElementsOf(recent.files());
    }

    @Test
    void theOldestEntriesFallOffBeyondTheLimit() {
        RecentFiles recent = new RecentFiles(new MemoryStore(), 3);
        for (String name : List.of("1", "2", "3", "4", "5")) {
            recent.add(dir.resolve(name + ".json"));
        }

        assertThat(recent.files()).containsExactly(dir.resolve("5.json"), dir.resolve("4.json"),
                dir.resolve("3.json"));
    }

    @Test
    void relativeAndDottedPathsOfTheSameFileAreOneEntry() {
        RecentFiles recent = new RecentFiles(new MemoryStore(), 4);
        recent.add(dir.resolve("x.json"));
        recent.add(dir.resolve("sub").resolve("..").resolve("x.json"));

        assertThat(recent.files()).containsExactly(dir.resolve("x.json"));
    }

    @Test
    void jsonStoreKeepsTheListAcrossInstances() {
        Path file = dir.resolve("config").resolve(JsonRecentFilesStore.FILE_NAME);
        RecentFiles first = new RecentFiles(new JsonRecentFilesStore(file), 4);
        first.add(dir.resolve("one.json"));
        first.add(dir.resolve("two.json"));

        RecentFiles second = new RecentFiles(new JsonRecentFilesStore(file), 4);

        assertThat(second.files()).containsExactly(dir.resolve("two.json"), dir.resolve("one.json"));
    }

    @Test
    void aDamagedStoreFileGivesAnEmptyListInsteadOfFailing() throws IOException {
        Path file = dir.resolve(JsonRecentFilesStore.FILE_NAME);
        Files.writeString(file, "{not json");

        assertThat(new JsonRecentFilesStore(file).load()).isEmpty();
    }

    @Test
    void removeForgetsAnEntryAndSaves() {
        MemoryStore store = new MemoryStore();
        RecentFiles recent = new RecentFiles(store, 4);
        recent.add(dir.resolve("a.json"));
        recent.add(dir.resolve("b.json"));

        recent.remove(dir.resolve("a.json"));

        assertThat(store.saved).containsExactly(dir.resolve("b.json"));
    }

    @Test
    void configDirPropertyOverridesThePlatformFolder() {
        String before = System.getProperty(JsonRecentFilesStore.CONFIG_DIR_PROPERTY);
        System.setProperty(JsonRecentFilesStore.CONFIG_DIR_PROPERTY, dir.toString());
        try {
            assertThat(JsonRecentFilesStore.inConfigDir().file()).isEqualTo(dir.resolve(JsonRecentFilesStore.FILE_NAME));
        } finally {
            if (before == null) {
                System.clearProperty(JsonRecentFilesStore.CONFIG_DIR_PROPERTY);
            } else {
                System.setProperty(JsonRecentFilesStore.CONFIG_DIR_PROPERTY, before);
            }
        }
    }
}
