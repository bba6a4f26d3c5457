package org.mptcplab.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheContentAndLeavesOnlyTheTarget() throws Exception {
        Path target = dir.resolve("a.json");
        Files.writeString(target, "old");

        AtomicFiles.write(target, "new \u00e9");

        assertThat(Files.readString(target)).isEqualTo("new \u00e9");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
