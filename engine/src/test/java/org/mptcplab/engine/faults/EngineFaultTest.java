package org.mptcplab.engine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mptcplab.engine.scenario.Scenario;

/**
 * The fault table: every fault of {@link Faults} on both networks, for TCP, plain MPTCP and fixed
 * MPTCP, with a bulk download and a request/response series. Each run must end without an exception
 * and without the watchdog, and the application must either receive an intact stream or fail
 * cleanly with a reason (RST, refused, timeout); a transfer still pending at the end of a run that
 * outlasts every timeout ({@link FaultNetworks#DURATION}) would be a connection that never gives up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineFaultTest {
    private static final long SEED = 11;
    private long runs;
    private long injected;
    private long drops;
    private final Map<String, Integer> verdicts = new TreeMap<>();

    static List<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (Topo topo : Topo.values()) {
            for (FaultCase fault : Faults.all(topo)) {
                for (Workload w : Workload.values()) {
                    for (Traffic t : Traffic.values()) {
                        rows.add(Arguments.of(topo, fault, w, t));
                    }
                }
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("table")
    void aFaultEndsInAnIntactStreamOrACleanFailure(Topo topo, FaultCase fault, Workload workload, Traffic traffic) {
        Scenario base = topo.base(workload, traffic, SEED);
        Scenario faulty = fault.apply().apply(base);

        FaultRun run = FaultRun.of(base, faulty, SEED);

        assertThat(run.injected()).as("faults injected").isPositive();
        assertThat(run.verdict().acceptable()).as("verdict %s", run.verdict()).isTrue();
        assertThat(run.endTime()).isLessThanOrEqualTo(faulty.duration());
        runs++;
        injected += run.injected();
        drops += run.drops();
        String reason = run.verdict().reason();
        verdicts.merge(run.verdict().kind() + (reason.startsWith("peer gave up") ? " (peer gave up)" : ""), 1,
                Integer::sum);
    }

    @AfterAll
    void tally() {
        System.out.printf("fault table: %d runs, %d fault actions injected, %d packets lost to them, verdicts %s%n",
                runs, injected, drops, verdicts);
    }
}
