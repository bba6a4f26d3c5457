package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Architecture rule: the command line and the entry point never import JavaFX, so headless
 * commands ({@code scenarios}, later {@code run}, {@code reproduce}) work on servers without GTK.
 */
class CliIsHeadlessTest {

    private static final Path SOURCES = Path.of("src/main/java/org/mptcplab/app");

    @Test
    void cliSourcesAndMainDoNotImportJavaFx() throws IOException {
        List<Path> files;
        try (Stream<Path> cli = Files.list(SOURCES.resolve("cli"))) {
            files = Stream.concat(cli, Stream.of(SOURCES.resolve("Main.java"), SOURCES.resolve("AppInfo.java")))
                    .filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("import javafx");
        }
    }
}
