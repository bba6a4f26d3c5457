package org.mptcplab.app.export.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which dropped file the reopen drop takes. */
class FileDropTest {
    @TempDir
    Path dir;

    @Test
    void theFirstExistingSvgOrPngIsTakenAndScenarioFilesAreLeftToTheFilesDrop() throws Exception {
        File json = Files.writeString(dir.resolve("a.json"), "{}").toFile();
        File missing = dir.resolve("gone.svg").toFile();
        File png = Files.writeString(dir.resolve("b.PNG"), "x").toFile();
        File svg = Files.writeString(dir.resolve("c.svg"), "x").toFile();

        assertThat(FileDrop.pick(List.of(json, missing, png, svg))).contains(png.toPath());
        assertThat(FileDrop.pick(List.of(json))).isEmpty();
        assertThat(FileDrop.pick(List.of(Files.createDirectory(dir.resolve("d.svg")).toFile()))).isEmpty();
    }
}
