package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.TcpFlags;

/** Catalogue {@code l4lb-mptcp-fixed}: C flag, ADD_ADDR of the unique address, JOIN direct, no RST. */
class L4lbMptcpFixedTest {
    private static final IpAddress VIP = IpAddress.parse("1.2.3.4");
    @TempDir
    static Path pcaps;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        run = CatalogueRun.run("l4lb-mptcp-fixed", e -> true, pcaps);
    }

    private static String server() {
        return Packets.decisionsFor(run, FiveTuple.of(Packets.initialSyn(run).packet())).get(0).chosen();
    }

    private static IpAddress uniqueAddressOf(String server) {
        return IpAddress.parse("10.0.0." + server.substring(1));
    }

    @Test
    void theSynAckCarriesFlagC() {
        PacketEvent synAck = Packets.at(run, "client", PacketEvent.Kind.RECEIVED).stream()
                .filter(e -> TcpFlags.isSynAck(e.packet().tcp().flags())).findFirst().orElseThrow();
        assertThat(Packets.option(synAck.packet(), MpCapableSynAck.class)).hasValueSatisfying(
                o -> assertThat(MpCapableFlags.has(o.flags(), MpCapableFlags.NO_JOIN_TO_SOURCE)).isTrue());
    }

    @Test
    void theServerAnnouncesItsUniqueAddressAndTheClientEchoesIt() {
        IpAddress unique = uniqueAddressOf(server());
        List<AddAddr> sent = Packets.at(run, server(), PacketEvent.Kind.SENT).stream()
                .flatMap(e -> Packets.option(e.packet(), AddAddr.class).stream()).toList();
        List<AddAddr> echoes = Packets.at(run, "client", PacketEvent.Kind.SENT).stream()
                .flatMap(e -> Packets.option(e.packet(), AddAddr.class).stream()).toList();
        assertThat(sent).isNotEmpty().allSatisfy(a -> {
            assertThat(a.echo()).isFalse();
            assertThat(a.address()).isEqualTo(unique);
        });
        assertThat(echoes).anySatisfy(a -> {
            assertThat(a.echo()).isTrue();
            assertThat(a.address()).isEqualTo(unique);
        });
    }

    @Test
    void theJoinGoesToTheUniqueAddressAndNoHashDecisionTouchesIt() {
        PacketEvent join = Packets.joinSyn(run);
        IpAddress unique = uniqueAddressOf(server());
        assertThat(join.packet().dst()).isEqualTo(unique);
        assertThat(run.events(HashDecision.class)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.tuple().dst()).isEqualTo(VIP));
        assertThat(Packets.at(run, "lb", PacketEvent.Kind.FORWARDED))
                .noneMatch(e -> e.packet().dst().equals(unique) || e.packet().src().equals(unique));
    }

    @Test
    void noHostSendsAReset() {
        assertThat(run.events(PacketEvent.class)).noneMatch(Packets::isRst);
    }

    @Test
    void theSecondSubflowCarriesData() {
        FiveTuple second = FiveTuple.of(Packets.joinSyn(run).packet()).reversed();
        long bytes = Packets.at(run, "client", PacketEvent.Kind.RECEIVED).stream()
                .filter(e -> FiveTuple.of(e.packet()).equals(second)).mapToLong(e -> e.packet().payloadLength()).sum();
        assertThat(bytes).isGreaterThan(1_000_000L);
        assertThat(run.summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isTrue();
            assertThat(c.subflowsEstablished()).isEqualTo(2);
        });
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
