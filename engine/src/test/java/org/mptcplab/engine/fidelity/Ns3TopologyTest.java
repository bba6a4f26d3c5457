package org.mptcplab.engine.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.apps.BulkReceiver;
import org.mptcplab.engine.apps.BulkSender;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;

class Ns3TopologyTest {
    /**
     * ns-3 3.37's loss-free 10 MB NewReno transfer on this topology (shared/bench/ns3/README.md, table A):
     * completion 0.328969 s, 6909 packets from the client (6907 data segments, SYN, handshake ACK).
     */
    private static final double NS3_LOSSLESS_COMPLETION_S = 0.328969;
    private static final long NS3_LOSSLESS_CLIENT_PACKETS = 6909;

    @Test
    void lossFreeTenMegabytesTakeAsLongAsInNs3AndAsManyPackets() {
        RunResult r = BulkRun.run(TransferMode.TEN_MB, 0, 1);

        assertThat(r.completionS()).isCloseTo(NS3_LOSSLESS_COMPLETION_S, within(NS3_LOSSLESS_COMPLETION_S * 1e-3));
        assertThat(r.clientPackets()).isEqualTo(NS3_LOSSLESS_CLIENT_PACKETS);
        assertThat(r.lossDrops()).isZero();
        assertThat(r.queueDrops()).isZero();
    }

    @Test
    void randomLossHitsOnlyTheRouterToServerDirection() {
        Ns3Topology t = new Ns3Topology(3, 0.05);
        BulkReceiver.listen(t.serverTcp, "sink", BulkRun.PORT, -1, null);
        BulkSender.upload(t.clientTcp, "bulk", t.server.localAddresses().get(0), BulkRun.PORT,
                2_000_000);
        t.sim.runUntil(Time.seconds(30));

        assertThat(t.lossDrops()).isPositive();
        assertThat(t.bottleneck.ba().drops().count(DropReason.RANDOM_LOSS)).isZero();
        assertThat(t.access.ab().drops().total()).isZero();
        assertThat(t.access.ba().drops().total()).isZero();
        assertThat(t.bottleneck.ab().packetsDelivered()).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnotherOne() {
        RunResult a = BulkRun.run(TransferMode.TEN_MB, 0.01, 7);
        RunResult b = BulkRun.run(TransferMode.TEN_MB, 0.01, 7);
        RunResult c = BulkRun.run(TransferMode.TEN_MB, 0.01, 8);

        assertThat(b).usingRecursiveComparison().ignoringFields("wallNanos").isEqualTo(a);
        assertThat(c.completionS()).isNotEqualTo(a.completionS());
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        List<CellSpec> specs = List.of(new CellSpec(TransferMode.TEN_MB, 0.01, 4),
                new CellSpec(TransferMode.SIXTY_S, 0.05, 3));
        Ns3Reference none = Ns3Reference.of(List.of());

        List<FidelityCell> one = FidelityTable.measure(specs, none, 1);
        List<FidelityCell> two = FidelityTable.measure(specs, none, 2);

        for (int i = 0; i < specs.size(); i++) {
            assertThat(two.get(i).engine()).isEqualTo(one.get(i).engine());
            assertThat(SnapshotTable.detailsRow(two.get(i))).isEqualTo(SnapshotTable.detailsRow(one.get(i)));
        }
    }
}
