package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class MappingTableProperties {

    /**
     * The array form resolves exactly as the tree map it replaced, over adds in any order (which
     * exercise insertion in the middle, growth and compaction) and in-order deliveries.
     */
    @Property(tries = 400)
    void resolvesLikeTheTreeMapModel(@ForAll @Size(max = 120) List<@IntRange(max = 300) Integer> offsets,
            @ForAll @Size(max = 120) List<@IntRange(max = 60) Integer> lengths,
            @ForAll @Size(max = 120) List<@IntRange(max = 3) Integer> kinds) {
        MappingTable table = new MappingTable();
        Model model = new Model();
        long delivered = 0;
        int n = Math.min(offsets.size(), Math.min(lengths.size(), kinds.size()));
        for (int k = 0; k < n; k++) {
            int length = lengths.get(k);
            // One operation in four delivers the next bytes in order; the others map bytes just ahead of them.
            if (kinds.get(k) == 0) {
                List<List<Long>> got = new ArrayList<>();
                List<List<Long>> want = new ArrayList<>();
                table.resolve(delivered, length, (from, len, stream) -> got.add(List.of((long) from, (long) len, stream)));
                model.resolve(delivered, length, want);
                assertThat(got).isEqualTo(want);
                delivered += length;
            } else {
                long offset = delivered + offsets.get(k);
                table.add(offset, offset * 7 + k, length);
                model.add(offset, offset * 7 + k, length);
            }
            assertThat(table.size()).isEqualTo(model.mappings.size());
            assertThat(table.unmappedBytes()).isEqualTo(model.unmapped);
        }
    }

    /** The replaced implementation, kept as the reference. */
    private static final class Model {
        final TreeMap<Long, long[]> mappings = new TreeMap<>();
        long unmapped;

        void add(long subflowOffset, long streamOffset, int length) {
            if (length <= 0) {
                return;
            }
            long[] existing = mappings.get(subflowOffset);
            if (existing != null && existing[1] >= length) {
                return;
            }
            mappings.put(subflowOffset, new long[] {streamOffset, length});
        }

        void resolve(long subflowOffset, int length, List<List<Long>> out) {
            long pos = subflowOffset;
            long end = subflowOffset + length;
            while (pos < end) {
                Map.Entry<Long, long[]> e = mappings.floorEntry(pos);
                long mapStart = e == null ? Long.MIN_VALUE : e.getKey();
                long mapEnd = e == null ? Long.MIN_VALUE : mapStart + e.getValue()[1];
                if (e == null || mapEnd <= pos) {
                    Long next = mappings.higherKey(pos);
                    long skipTo = next == null ? end : Math.min(end, next);
                    unmapped += skipTo - pos;
                    pos = skipTo;
                    continue;
                }
                long pieceEnd = Math.min(end, mapEnd);
                out.add(List.of(pos - subflowOffset, pieceEnd - pos, e.getValue()[0] + (pos - mapStart)));
                pos = pieceEnd;
            }
            while (!mappings.isEmpty()) {
                Map.Entry<Long, long[]> first = mappings.firstEntry();
                if (first.getKey() + first.getValue()[1] > end) {
                    return;
                }
                mappings.pollFirstEntry();
            }
        }
    }
}
