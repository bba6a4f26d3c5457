package org.mptcplab.engine.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotTableTest {
    private static FidelityCell cell() {
        CellSpec spec = new CellSpec(TransferMode.TEN_MB, 0.01, 2);
        List<Ns3Reference.Run> ns3 = List.of(new Ns3Reference.Run(TransferMode.TEN_MB, 0.01, 1, 4.0, 20.0, 70, 6980),
                new Ns3Reference.Run(TransferMode.TEN_MB, 0.01, 2, 2.0, 40.0, 72, 6990));
        List<RunResult> engine = List.of(
                new RunResult(TransferMode.TEN_MB, 0.01, 1, 3.0, 26.7, 10_000_000, 1000, 71, 0, 6981, 5_000_000),
                new RunResult(TransferMode.TEN_MB, 0.01, 2, 3.6, 22.2, 10_000_000, 900, 69, 0, 6979, 7_000_000));
        return new FidelityCell(spec, Summary.of(List.of(4.0, 2.0)), ns3, engine);
    }

    @Test
    void goodputRowShowsBothMeansTheRatioAndTheVerdict() {
        List<String> row = SnapshotTable.goodputRow(cell());

        assertThat(row).containsExactly("0.01", "10MB", "3.000 [1.414, 2]", "3.300 [0.424, 2]", "1.100", "yes",
                "7.094", "5.016", "0.0");
    }

    @Test
    void renderedDocumentParsesBackIntoItsRowsAndComparisonIgnoresOnlyWallTime() {
        FidelityCell c = cell();
        String text = SnapshotTable.render(List.of(c), "preamble");

        Map<String, Map<String, List<String>>> parsed = SnapshotTable.parse(text);

        assertThat(parsed.get(SnapshotTable.GOODPUT)).containsOnlyKeys("0.01|10MB");
        assertThat(parsed.get(SnapshotTable.GOODPUT).get("0.01|10MB")).isEqualTo(SnapshotTable.goodputRow(c));
        assertThat(parsed.get(SnapshotTable.DETAILS).get("0.01|10MB")).isEqualTo(SnapshotTable.detailsRow(c));
        List<String> slower = new ArrayList<>(SnapshotTable.goodputRow(c));
        slower.set(slower.size() - 1, "99.9");
        assertThat(SnapshotTable.comparable(SnapshotTable.GOODPUT, slower))
                .isEqualTo(SnapshotTable.comparable(SnapshotTable.GOODPUT, SnapshotTable.goodputRow(c)));
        assertThat(SnapshotTable.comparable(SnapshotTable.DETAILS, SnapshotTable.detailsRow(c)))
                .isEqualTo(SnapshotTable.detailsRow(c));
    }

    @Test
    void aCellOutsideTheToleranceIsFlagged() {
        CellSpec spec = new CellSpec(TransferMode.SIXTY_S, 0.05, 1);
        FidelityCell c = new FidelityCell(spec, Summary.of(List.of(1.0)), List.of(),
                List.of(new RunResult(TransferMode.SIXTY_S, 0.05, 1, 1.25, -1, 9_375_000, 10, 300, 0, 5000, 1)));

        assertThat(c.withinTolerance()).isFalse();
        assertThat(SnapshotTable.goodputRow(c).get(5)).isEqualTo("**no**");
    }
}
