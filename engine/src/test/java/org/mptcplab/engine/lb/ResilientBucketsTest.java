package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResilientBucketsTest {
    private final ResilientBuckets group = ResilientBuckets.of(8, List.of("r1", "r2", "r3"));

    @Test
    void freshGroupAssignsBucketsRoundRobin() {
        assertThat(group.owners()).containsExactly("r1", "r2", "r3", "r1", "r2", "r3", "r1", "r2");
        assertThat(group.method()).isEqualTo("resilient B=8");
    }

    @Test
    void bucketIsTheThirtyOneBitHashModTheBucketCount() {
        // h31 = 21 >>> 1 = 10; 10 mod 8 = 2
        assertThat(group.select(21)).isEqualTo(new Selection(2, "r3"));
    }

    @Test
    void removingANextHopReassignsOnlyItsBuckets() {
        ResilientBuckets after = group.withBackends(List.of("r1", "r3"));

        // r2 owned 1, 4, 7; r1 (3 buckets) and r3 (2) should own 4 each. Free buckets go in order to
        // the hop owning fewest among those below their share, ties by group order: 1 -> r3,
        // 4 -> r1 (3 each: tie), 7 -> r3.
        assertThat(after.owners()).containsExactly("r1", "r3", "r3", "r1", "r1", "r3", "r1", "r3");
        List<String> before = group.owners();
        for (int b = 0; b < 8; b++) {
            if (!before.get(b).equals("r2")) {
                assertThat(after.owners().get(b)).isEqualTo(before.get(b));
            }
        }
    }

    @Test
    void reAddingTakesBackAnEqualShareFromTheOthersOnly() {
        ResilientBuckets removed = group.withBackends(List.of("r1", "r3"));
        ResilientBuckets readded = removed.withBackends(List.of("r1", "r2", "r3"));

        // r1 and r3 own 4 each, shares are 3, 3 and 2: each gives up its highest bucket (6, 7) to r2.
        assertThat(readded.owners()).containsExactly("r1", "r3", "r3", "r1", "r1", "r3", "r2", "r2");
        int moved = 0;
        for (int b = 0; b < 8; b++) {
            String now = readded.owners().get(b);
            if (!now.equals(removed.owners().get(b))) {
                assertThat(now).isEqualTo("r2");
                moved++;
            }
        }
        assertThat(moved).isEqualTo(readded.bucketsOf("r2"));
    }

    @Test
    void emptyGroupRefusesLookupsUntilAHopReturns() {
        ResilientBuckets empty = group.withBackends(List.of());

        assertThatThrownBy(() -> empty.select(1)).isInstanceOf(IllegalStateException.class);
        assertThat(empty.withBackends(List.of("r9")).owners()).containsOnly("r9");
    }

    @Test
    void refusesBucketCountsOutsideLinuxRange() {
        assertThatThrownBy(() -> ResilientBuckets.of(0, List.of("r1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResilientBuckets.of(65536, List.of("r1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
