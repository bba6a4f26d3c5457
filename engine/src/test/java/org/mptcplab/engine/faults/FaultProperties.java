package org.mptcplab.engine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.mptcplab.engine.scenario.DropSpec;
import org.mptcplab.engine.scenario.FaultSpec;
import org.mptcplab.engine.scenario.LinkDownSpec;
import org.mptcplab.engine.scenario.MatchSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Time;

/**
 * Random mixes of the scripted faults (flaps of random links at random times, loss bursts of random
 * position and length, one server out of service for a while) over random seeds, networks and
 * workloads. Tries are bounded so the class stays within seconds.
 */
class FaultProperties {
    private static final String[] FLAPPABLE = {FaultNetworks.CLIENT_R1, FaultNetworks.CLIENT_R1_SECOND};

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
        Scenario base = topo.base(workload, traffic, seed);
        List<FaultSpec> faults = new ArrayList<>();
        for (int k = 0; k < flaps; k++) {
            long from = Time.millis(flapStartMs + 500L * k);
            faults.add(new LinkDownSpec(FLAPPABLE[k % 2], from, from + Time.millis(flapLengthMs)));
        }
        if (burstLength > 0) {
            faults.add(new DropSpec(FaultNetworks.CLIENT_R1, null, null, MatchSpec.ANY, burstFirst, burstLength));
        }
        Scenario faulty = Scenarios.withFaults(base, faults);
        if (churnedServer > 0) {
            faulty = Scenarios.withEvents(faulty, topo.outage("s" + churnedServer, Time.millis(churnAtMs),
                    Time.millis(churnAtMs + 700)));
        }

        FaultRun run = FaultRun.of(base, faulty, seed);

        Statistics.label("verdict").collect(run.verdict().kind());
        Statistics.label("faults injected").collect(run.injected() == 0 ? "0" : run.injected() < 3 ? "1-2" : "3+");
        assertThat(run.verdict().acceptable()).as("verdict %s", run.verdict()).isTrue();
    }
}
