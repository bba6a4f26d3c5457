package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How many of 100,000 flows change backend when one backend or next hop goes away: the numbers the
 * lessons quote. Expected values: mod N keeps a flow only when hash mod N and hash mod (N-1) name the
 * same backend, about 1/N of flows; Maglev moves the removed backend's 1/N plus a small disruption;
 * hash-threshold with 4 next hops minus the second moves the second's 1/4 plus the slice between 2/3
 * and 3/4 of the hash space (1/12, i.e. 1/9 of the survivors' flows); resilient buckets move exactly
 * the removed hop's buckets.
 */
class RemapStatisticsTest {
    private static final long[] HASHES = FlowSample.hashes(FlowSample.flows(100_000, 2017));

    @Test
    void modNMovesAboutNMinusOneOverNOfAllFlows() {
        List<String> ten = names("s", 10);
        FlowSample.Remap remap = FlowSample.remap(HASHES, ModN.of(ten), ModN.of(without(ten, "s4")), "s4");

        assertThat(remap.moved()).isCloseTo(0.9, within(0.01));
        assertThat(remap.survivorsMoved()).isGreaterThan(0.85);
    }

    @Test
    void maglevMovesAboutOneOverNAndBarelyTouchesSurvivors() {
        List<String> ten = names("s", 10);
        Maglev before = Maglev.of(Maglev.DEFAULT_TABLE_SIZE, ten);
        FlowSample.Remap remap = FlowSample.remap(HASHES, before, before.withBackends(without(ten, "s4")), "s4");

        assertThat(remap.moved()).isCloseTo(0.1, within(0.01));
        assertThat(remap.survivorsMoved()).isLessThan(0.01);
    }

    @Test
    void hashThresholdMovesFlowsOfSurvivingNextHopsToo() {
        List<String> four = names("r", 4);
        HashThreshold before = HashThreshold.of(four);
        FlowSample.Remap remap = FlowSample.remap(HASHES, before, before.withBackends(without(four, "r1")), "r1");

        assertThat(remap.moved()).isCloseTo(1.0 / 3, within(0.01));
        assertThat(remap.survivorsMoved()).isCloseTo(1.0 / 9, within(0.01));
    }

    @Test
    void resilientBucketsMoveOnlyTheRemovedNextHopsFlows() {
        List<String> four = names("r", 4);
        ResilientBuckets before = ResilientBuckets.of(256, four);
        FlowSample.Remap remap = FlowSample.remap(HASHES, before, before.withBackends(without(four, "r1")), "r1");

        assertThat(remap.moved()).isCloseTo(0.25, within(0.01));
        assertThat(remap.survivorsMoved()).isZero();
    }

    private static List<String> names(String prefix, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    private static List<String> without(List<String> names, String removed) {
        List<String> rest = new ArrayList<>(names);
        rest.remove(removed);
        return rest;
    }
}
