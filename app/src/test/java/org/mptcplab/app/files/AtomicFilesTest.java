package org.mptcplab.app.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private Stream<Path> list() throws IOException {
        return Files.list(dir);
    }

    @Test
    void replacesTheContentAndLeavesOnlyTheTarget() throws Exception {
        Path target = dir.resolve("a.json");
        Files.writeString(target, "old");

        AtomicFiles.write(target, "new \u00e9");

        assertThat(Files.readString(target)).isEqualTo("new \u00e9");
        try (Stream<Path> files = list()) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldContentAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("a.json");
        Files.writeString(target, "old content");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old content");
        try (Stream<Path> files = list()) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aSymbolicLinkStaysALinkAndTheFileItPointsToIsReplaced() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("s.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real", "s.json"));

        AtomicFiles.write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        try (Stream<Path> files = Files.list(real.getParent())) {
            assertThat(files).containsExactly(real);
        }
    }

    @Test
    void aLinkToAMissingFileCreatesThatFile() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("later.json"));

        AtomicFiles.write(link, "born");

        assertThat(Files.readString(dir.resolve("later.json"))).isEqualTo("born");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aLinkLoopIsRefusedWithAMessage() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        assertThatThrownBy(() -> AtomicFiles.write(a, "x")).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("too many levels of symbolic links");
    }

    @Test
    void theReplacedFileKeepsItsPermissionsAndANewOneIsReadableByOthers() throws Exception {
        Path kept = dir.resolve("kept.json");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
        Path fresh = dir.resolve("fresh.json");

        AtomicFiles.write(kept, "new");
        AtomicFiles.write(fresh, "new");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path target = dir.resolve("nowhere").resolve("x.json");

        assertThatThrownBy(() -> AtomicFiles.write(target, "x")).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("the folder " + dir.resolve("nowhere") + " does not exist");
    }

    @Test
    void readOnlyFailuresAreDescribedInPlainWords() {
        // Tests may run as root, who can write into any folder; the wording is checked on the exception
        // types the platform throws for a read-only folder (EACCES) and a read-only mount (EROFS).
        assertThat(LoadProblems.describe(new AccessDeniedException("/x.json", null,
                "the folder / is read-only or not writable by you"))).isEqualTo(
                        "the folder / is read-only or not writable by you");
        assertThat(LoadProblems.describe(new AccessDeniedException("/x.json")))
                .isEqualTo("permission denied (read-only file or folder)");
        assertThat(LoadProblems.describe(new FileSystemException("/x.json", null, "Read-only file system")))
                .isEqualTo("Read-only file system");
    }
}
