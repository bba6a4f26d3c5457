package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingTableTest {
    private final MappingTable table = new MappingTable();
    private final List<long[]> pieces = new ArrayList<>();

    private void resolve(long offset, int length) {
        table.resolve(offset, length, (from, len, stream) -> pieces.add(new long[] {from, len, stream}));
    }

    @Test
    void aRangeInsideOneMappingGetsItsStreamOffset() {
        table.add(0, 5000, 1400);
        resolve(100, 200);
        assertThat(pieces).containsExactly(new long[] {0, 200, 5100});
    }

    @Test
    void aRangeAcrossTwoMappingsIsSplitWhereTheMappingsMeet() {
        table.add(0, 9000, 1000);
        table.add(1000, 2000, 1000);
        resolve(500, 1000);
        assertThat(pieces).containsExactly(new long[] {0, 500, 9500}, new long[] {500, 500, 2000});
    }

    @Test
    void bytesWithoutAMappingAreCountedAndSkipped() {
        table.add(100, 0, 100);
        resolve(0, 200);
        assertThat(table.unmappedBytes()).isEqualTo(100);
        assertThat(pieces).containsExactly(new long[] {100, 100, 0});
    }

    @Test
    void mappingsBelowTheDeliveredEndAreForgotten() {
        table.add(0, 0, 100);
        table.add(100, 100, 100);
        resolve(0, 100);
        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void aRepeatedMappingIsKeptOnce() {
        table.add(0, 0, 100);
        table.add(0, 0, 100);
        assertThat(table.size()).isEqualTo(1);
    }
}
