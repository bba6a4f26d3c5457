package org.mptcplab.engine.faults;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.scenario.DropSpec;
import org.mptcplab.engine.scenario.FaultSpec;
import org.mptcplab.engine.scenario.LinkDownSpec;
import org.mptcplab.engine.scenario.MatchSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Time;

/**
 * One sample of {@link FaultProperties}: a network, a workload and a mix of flaps, one loss burst
 * and one server outage. A record so that a sample jqwik reports can be replayed as a plain test
 * with exactly the same scenario.
 *
 * @param seed          scenario and simulation seed
 * @param flaps         access-link flaps, 500 ms apart, alternating between the two access links
 * @param flapStartMs   start of the first flap
 * @param flapLengthMs  length of each flap
 * @param burstFirst    first packet (1-based, both directions) the burst drops on the first access link
 * @param burstLength   consecutive packets dropped; 0 for no burst
 * @param churnedServer server 1-3 out of service for 700 ms; 0 for none
 * @param churnAtMs     start of that outage
 */
record FaultMix(long seed, Topo topo, Workload workload, Traffic traffic, int flaps, int flapStartMs,
        int flapLengthMs, int burstFirst, int burstLength, int churnedServer, int churnAtMs) {
    private static final String[] FLAPPABLE = {FaultNetworks.CLIENT_R1, FaultNetworks.CLIENT_R1_SECOND};
    private static final long OUTAGE_MS = 700;

    /** The fault-free scenario. */
    Scenario base() {
        return topo.base(workload, traffic, seed);
    }

    /** The scenario with this mix of faults. */
    Scenario faulty() {
        List<FaultSpec> faults = new ArrayList<>();
        for (int k = 0; k < flaps; k++) {
            long from = Time.millis(flapStartMs + 500L * k);
            faults.add(new LinkDownSpec(FLAPPABLE[k % 2], from, from + Time.millis(flapLengthMs)));
        }
        if (burstLength > 0) {
            faults.add(new DropSpec(FaultNetworks.CLIENT_R1, null, null, MatchSpec.ANY, burstFirst, burstLength));
        }
        Scenario faulty = Scenarios.withFaults(base(), faults);
        if (churnedServer > 0) {
            faulty = Scenarios.withEvents(faulty, topo.outage("s" + churnedServer, Time.millis(churnAtMs),
                    Time.millis(churnAtMs + OUTAGE_MS)));
        }
        return faulty;
    }

    /** Runs the faulty scenario and judges the client application. */
    FaultRun run() {
        return FaultRun.of(base(), faulty(), seed);
    }
}
