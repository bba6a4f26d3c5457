package org.mptcplab.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveStoreTest {
    @TempDir
    Path dir;

    @Test
    void writtenAutosavesComeBackNewestFirstWithTheirTextUnchanged() throws Exception {
        AutosaveStore store = new AutosaveStore(dir.resolve("a"));
        store.write(new Autosave("old", dir.resolve("o.json"), 10, "{\n  \"x\": \"\u00e9\"\n}"));
        store.write(new Autosave("new", null, 20, "{}"));

        assertThat(store.list()).containsExactly(new Autosave("new", null, 20, "{}"),
                new Autosave("old", dir.resolve("o.json"), 10, "{\n  \"x\": \"\u00e9\"\n}"));
    }

    @Test
    void aDamagedAutosaveIsSkippedAndLeftInPlace() throws Exception {
        AutosaveStore store = new AutosaveStore(dir);
        store.write(new Autosave("good", null, 1, "{}"));
        Path damaged = Files.writeString(dir.resolve("damaged.json"), "{\"key\": ");

        assertThat(store.list()).extracting(Autosave::key).containsExactly("good");
        assertThat(damaged).exists();
    }

    @Test
    void removeDeletesOnlyThatAutosave() throws Exception {
        AutosaveStore store = new AutosaveStore(dir);
        store.write(new Autosave("a", null, 1, "{}"));
        store.write(new Autosave("b", null, 2, "{}"));

        store.remove("a");

        assertThat(store.list()).extracting(Autosave::key).containsExactly("b");
    }

    @Test
    void theStateDirPropertyOverridesThePlatformFolder() {
        String before = System.getProperty(AutosaveStore.STATE_DIR_PROPERTY);
        System.setProperty(AutosaveStore.STATE_DIR_PROPERTY, dir.toString());
        try {
            assertThat(AutosaveStore.inStateDir().dir()).isEqualTo(dir.resolve("autosave"));
            assertThat(AutosaveStore.inStateDir().recoveredDir()).isEqualTo(dir.resolve("recovered"));
        } finally {
            if (before == null) {
                System.clearProperty(AutosaveStore.STATE_DIR_PROPERTY);
            } else {
                System.setProperty(AutosaveStore.STATE_DIR_PROPERTY, before);
            }
        }
    }
}
