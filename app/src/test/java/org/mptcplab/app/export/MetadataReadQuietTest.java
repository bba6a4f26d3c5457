package org.mptcplab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that only looks like a figure is "no metadata", said by the caller, never by the XML parser. */
class MetadataReadQuietTest {

    @Test
    void aBrokenSvgHasNoMetadataAndPrintsNothing(@TempDir Path dir) throws Exception {
        Path notXml = dir.resolve("figure.svg");
        Files.writeString(notXml, "this is not XML at all");
        Path noMetadata = dir.resolve("plain.svg");
        Files.writeString(noMetadata, "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>SYN</text></svg>");

        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(ExportMetadata.read(notXml)).isEmpty();
            assertThat(ExportMetadata.read(noMetadata)).isEmpty();
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
