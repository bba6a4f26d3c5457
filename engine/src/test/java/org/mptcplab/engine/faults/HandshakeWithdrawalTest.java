package org.mptcplab.engine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.ScenarioRun;

/**
 * Route withdrawal (anycast) or backend removal (load balancer) in the middle of a handshake: after
 * the server received the SYN and before the client's completing ACK, and likewise between an
 * MP_JOIN SYN and its ACK. The server comes back 2 s later. Every run ends with an intact stream or a
 * clean failure; plain TCP through the changed path must be reset.
 */
class HandshakeWithdrawalTest {

    static List<Arguments> cases() {
        List<Arguments> rows = new ArrayList<>();
        for (Topo topo : Topo.values()) {
            for (Workload w : Workload.values()) {
                for (long seed : new long[] {3, 17}) {
                    rows.add(Arguments.of(topo, w, false, seed));
                    if (w.mptcp()) {
                        rows.add(Arguments.of(topo, w, true, seed));
                    }
                }
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} {1} join={2} seed={3}")
    @MethodSource("cases")
    void aServerLeavingMidHandshakeEndsCleanly(Topo topo, Workload workload, boolean join, long seed) {
        Scenario base = topo.base(workload, Traffic.BULK, seed);
        HandshakeProbe probe = new HandshakeProbe();
        ScenarioRun.build(base, seed).addSink(probe).run();
        long from = join ? probe.joinSynAtServer : probe.synAtServer;
        long until = join ? probe.joinAckSent : probe.ackSent;
        String server = join ? probe.joinServer : probe.server;
        if (join && (from < 0 || until < 0)) {
            // Without the fix the JOIN may land on a server that refuses it: no JOIN handshake to cut.
            assertThat(workload).isEqualTo(Workload.MPTCP_PLAIN);
            return;
        }
        assertThat(from).as("handshake window").isPositive().isLessThan(until);

        Scenario faulty = Scenarios.withEvents(base, topo.outage(server, (from + until) / 2,
                (from + until) / 2 + 2_000_000_000L));
        FaultRun run = FaultRun.of(base, faulty, seed);

        assertThat(run.verdict().acceptable()).as("verdict %s", run.verdict()).isTrue();
        if (workload == Workload.TCP) {
            assertThat(run.verdict().kind()).isEqualTo(Verdict.Kind.FAILED);
            assertThat(run.verdict().reason()).contains("reset");
        }
    }
}
