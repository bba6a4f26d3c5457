package org.mptcplab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Architecture rule: the exporter, the diagram model with its file back ends, and the builders and
 * models they use import no JavaFX, so {@code mptcp-lab export} runs on a server without a display.
 */
class ExportIsHeadlessTest {
    private static final Path APP = Path.of("src/main/java/org/mptcplab/app");

    @Test
    void exportDiagramAndTheBuildersDoNotImportJavaFx() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : List.of("export", "diagram")) {
            try (Stream<Path> s = Files.list(APP.resolve(pkg))) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        for (String f : List.of("sequence/SequenceCharts", "sequence/SequenceGeometry", "sequence/SequenceDiagrams",
                "sequence/SequenceHops", "sequence/SequenceLayout", "sequence/SequenceLabels", "sequence/SequenceSpec",
                "canvas/TopologyDiagrams", "canvas/TopologyLayout", "canvas/LinkGeometry", "canvas/PacketMarkers",
                "canvas/PacketMarker", "canvas/RouteOverlay")) {
            files.add(APP.resolve(f + ".java"));
        }
        assertThat(files).hasSizeGreaterThan(25);
        for (Path file : files) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("import javafx");
        }
    }
}
