package org.mptcplab.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {
    @TempDir
    Path dir;

    @Test
    void aNewTimeWithTheSameBytesDiffersButNotInContent() throws Exception {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "abc");
        FileStamp before = FileStamp.of(f);
        Files.setLastModifiedTime(f, FileTime.fromMillis(before.modifiedMillis() + 5_000));

        FileStamp after = FileStamp.of(f);

        assertThat(before.differs(after)).isTrue();
        assertThat(before.contentDiffers(after)).isFalse();
    }

    @Test
    void sameSizeAndSameTimeButOtherBytesIsAContentChange() throws Exception {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "abc");
        FileStamp before = FileStamp.of(f);
        Files.writeString(f, "abd");
        Files.setLastModifiedTime(f, FileTime.fromMillis(before.modifiedMillis()));

        FileStamp after = FileStamp.of(f);

        assertThat(after.size()).isEqualTo(before.size());
        assertThat(before.contentDiffers(after)).isTrue();
    }

    @Test
    void aMissingFileHasTheMissingStamp() throws Exception {
        FileStamp s = FileStamp.of(dir.resolve("none.json"));

        assertThat(s).isEqualTo(FileStamp.MISSING);
        assertThat(s.missing()).isTrue();
    }
}
