package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.wire.FiveTuple;

/** Catalogue {@code l4lb-mptcp-offpath}: beyond DSR, the balancer only sees the start of the connection. */
class L4lbMptcpOffpathTest {
    @TempDir
    static Path pcaps;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        run = CatalogueRun.run("l4lb-mptcp-offpath", e -> true, pcaps);
    }

    /** When the client knows the direct subflow is up and the initial one is backup (MP_PRIO received). */
    private static long directSubflowUp() {
        FiveTuple initial = FiveTuple.of(Packets.initialSyn(run).packet());
        return run.events(SubflowEvent.class).stream()
                .filter(e -> e.node().equals("client") && e.flow().equals(initial)
                        && e.action() == SubflowEvent.Action.PRIORITY_CHANGED)
                .mapToLong(SubflowEvent::time).findFirst().orElseThrow();
    }

    @Test
    void afterTheDirectSubflowIsUpTheBalancerForwardsNoNewDataPacket() {
        long up = directSubflowUp();
        FiveTuple initial = FiveTuple.of(Packets.initialSyn(run).packet());
        List<PacketEvent> clientData = Packets.at(run, "client", PacketEvent.Kind.SENT).stream()
                .filter(e -> FiveTuple.of(e.packet()).equals(initial) && e.packet().payloadLength() > 0).toList();
        Set<Integer> sentBeforeUp = clientData.stream().filter(e -> e.time() < up).map(e -> e.packet().tcp().seq())
                .collect(Collectors.toSet());
        List<PacketEvent> lbData = Packets.at(run, "lb", PacketEvent.Kind.FORWARDED).stream()
                .filter(e -> e.packet().payloadLength() > 0).toList();
        List<PacketEvent> lbDataAfter = lbData.stream().filter(e -> e.time() > up).toList();
        assertThat(clientData).noneMatch(e -> e.time() > up);
        assertThat(lbDataAfter).allSatisfy(e -> assertThat(sentBeforeUp).contains(e.packet().tcp().seq()));
        assertThat(run.run.loadBalancer("lb").counters().dataPackets()).isEqualTo(lbData.size());
    }

    @Test
    void theBalancerCarriesOnlyASmallShareOfTheData() {
        long viaLb = Packets.at(run, "lb", PacketEvent.Kind.FORWARDED).stream()
                .mapToLong(e -> e.packet().payloadLength()).sum();
        assertThat(viaLb).isLessThan(10_000_000L / 10);
    }

    @Test
    void theInitialSubflowIsClosedAndTheTransferCompletes() {
        FiveTuple initial = FiveTuple.of(Packets.initialSyn(run).packet());
        assertThat(run.events(SubflowEvent.class)).anySatisfy(e -> {
            assertThat(e.node()).isEqualTo("client");
            assertThat(e.flow()).isEqualTo(initial);
            assertThat(e.action()).isEqualTo(SubflowEvent.Action.CLOSED);
        });
        assertThat(run.summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isTrue();
            assertThat(c.bytes()).isEqualTo(10_000_000L);
        });
        assertThat(run.events(PacketEvent.class)).noneMatch(Packets::isRst);
    }

    @Test
    void capturesDissectCleanlyAndTheJoinSitsInItsConnectionsStream() throws Exception {
        PcapChecks.assertDissectClean(pcaps, List.of("client", "lb", "s1", "s2", "s3"));
        assertThat(PcapChecks.assertJoinsInInitialStream(pcaps.resolve("client.pcap"))).isEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        assertThat(CatalogueRun.traceDigest(run.scenario, run.scenario.seed())).isEqualTo(run.traceDigest);
    }
}
