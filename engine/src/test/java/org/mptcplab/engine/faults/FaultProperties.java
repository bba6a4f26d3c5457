package org.mptcplab.engine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Random mixes of the scripted faults (flaps of random links at random times, loss bursts of random
 * position and length, one server out of service for a while) over random seeds, networks and
 * workloads. Tries are bounded so the class stays within seconds. A failing sample can be replayed
 * as a plain test with {@link FaultMix} (see {@code StalledTransferRegressionTest}).
 */
class FaultProperties {
    @Property(tries = 60)
    void randomFaultMixesEndInAnIntactStreamOrACleanFailure(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll Topo topo, @ForAll Workload workload, @ForAll Traffic traffic,
            @ForAll @IntRange(min = 0, max = 3) int flaps,
            @ForAll @IntRange(min = 0, max = 400) int flapStartMs,
            @ForAll @IntRange(min = 1, max = 1500) int flapLengthMs,
            @ForAll @IntRange(min = 1, max = 300) int burstFirst,
            @ForAll @IntRange(min = 0, max = 25) int burstLength,
            @ForAll @IntRange(min = 0, max = 3) int churnedServer,
            @ForAll @IntRange(min = 0, max = 300) int churnAtMs) {
        FaultRun run = new FaultMix(seed, topo, workload, traffic, flaps, flapStartMs, flapLengthMs, burstFirst,
                burstLength, churnedServer, churnAtMs).run();

        Statistics.label("verdict").collect(run.verdict().kind());
        Statistics.label("faults injected").collect(run.injected() == 0 ? "0" : run.injected() < 3 ? "1-2" : "3+");
        assertThat(run.verdict().acceptable()).as("verdict %s", run.verdict()).isTrue();
    }
}
