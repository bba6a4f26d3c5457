package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SackRangesProperties {

    /** The array form agrees with the merge-on-insert tree map it replaced, after any mix of adds and drops. */
    @Property(tries = 500)
    void matchesTreeMapModel(@ForAll @Size(max = 60) List<@IntRange(max = 400) Integer> starts,
            @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 40) Integer> lengths,
            @ForAll @Size(max = 60) List<@IntRange(max = 5) Integer> kinds,
            @ForAll @IntRange(max = 450) int probe) {
        SackRanges ranges = new SackRanges();
        TreeMap<Long, Long> model = new TreeMap<>();
        int n = Math.min(starts.size(), Math.min(lengths.size(), kinds.size()));
        for (int k = 0; k < n; k++) {
            long start = starts.get(k);
            long end = start + lengths.get(k);
            // One operation in six is a delivery up to start; the others add [start, end).
            if (kinds.get(k) == 0) {
                ranges.dropDeliveredBelow(start);
                while (!model.isEmpty() && model.firstEntry().getValue() <= start) {
                    model.pollFirstEntry();
                }
            } else {
                ranges.add(start, end);
                addToModel(model, start, end);
            }
            assertThat(contents(ranges)).isEqualTo(contents(model));
        }
        Map.Entry<Long, Long> floor = model.floorEntry((long) probe);
        int i = ranges.floor(probe);
        assertThat(i < 0 ? null : List.of(ranges.start(i), ranges.end(i)))
                .isEqualTo(floor == null ? null : List.of(floor.getKey(), floor.getValue()));
    }

    @Test
    void touchingRangesMergeAndBridgingRangeJoinsThem() {
        SackRanges ranges = new SackRanges();
        ranges.add(10, 20);
        ranges.add(30, 40);
        ranges.add(20, 25);
        assertThat(contents(ranges)).containsExactly(List.of(10L, 25L), List.of(30L, 40L));
        ranges.add(24, 31);
        assertThat(contents(ranges)).containsExactly(List.of(10L, 40L));
    }

    private static void addToModel(TreeMap<Long, Long> model, long start, long end) {
        long s = start;
        long e = end;
        Map.Entry<Long, Long> before = model.floorEntry(start);
        if (before != null && before.getValue() >= start) {
            s = before.getKey();
            e = Math.max(e, before.getValue());
            model.remove(before.getKey());
        }
        Map.Entry<Long, Long> next = model.ceilingEntry(s);
        while (next != null && next.getKey() <= e) {
            e = Math.max(e, next.getValue());
            model.remove(next.getKey());
            next = model.ceilingEntry(s);
        }
        model.put(s, e);
    }

    private static List<List<Long>> contents(SackRanges ranges) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; !ranges.isEmpty() && ranges.floor(Long.MAX_VALUE) >= i; i++) {
            out.add(List.of(ranges.start(i), ranges.end(i)));
        }
        return out;
    }

    private static List<List<Long>> contents(TreeMap<Long, Long> model) {
        List<List<Long>> out = new ArrayList<>();
        model.forEach((k, v) -> out.add(List.of(k, v)));
        return out;
    }
}
