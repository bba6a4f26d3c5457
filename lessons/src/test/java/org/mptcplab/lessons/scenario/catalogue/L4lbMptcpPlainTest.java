package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;

/** Catalogue {@code l4lb-mptcp-plain}: without the fix the JOIN is hashed to another server, which answers RST. */
class L4lbMptcpPlainTest {
    @TempDir
    static Path pcaps;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        run = CatalogueRun.run("l4lb-mptcp-plain", e -> true, pcaps);
    }

    private static String serverOf(CatalogueRun r, PacketEvent syn) {
        List<HashDecision> d = Packets.decisionsFor(r, FiveTuple.of(syn.packet()));
        assertThat(d).as("hash decisions for %s", FiveTuple.of(syn.packet())).isNotEmpty();
        return d.get(0).chosen();
    }

    @Test
    void theJoinIsHashedToAnotherServerThanTheInitialSubflow() {
        String initial = serverOf(run, Packets.initialSyn(run));
        String join = serverOf(run, Packets.joinSyn(run));
        assertThat(join).isNotEqualTo(initial);
    }

    @Test
    void thatServerAnswersTheJoinWithRst() {
        PacketEvent join = Packets.joinSyn(run);
        String server = serverOf(run, join);
        FiveTuple back = FiveTuple.of(join.packet()).reversed();
        assertThat(Packets.at(run, server, PacketEvent.Kind.SENT))
                .anySatisfy(e -> {
                    assertThat(Packets.isRst(e)).isTrue();
                    assertThat(FiveTuple.of(e.packet())).isEqualTo(back);
                });
        assertThat(run.events(SubflowEvent.class)).anySatisfy(e -> {
            assertThat(e.node()).isEqualTo("client");
            assertThat(e.action()).isEqualTo(SubflowEvent.Action.REFUSED);
            assertThat(e.flow()).isEqualTo(FiveTuple.of(join.packet()));
        });
    }

    @Test
    void theConnectionCarriesOnOverItsFirstSubflowOnly() {
        FiveTuple initial = FiveTuple.of(Packets.initialSyn(run).packet()).reversed();
        List<FiveTuple> dataFlows = Packets.at(run, "client", PacketEvent.Kind.RECEIVED).stream()
                .filter(e -> e.packet().payloadLength() > 0).map(e -> FiveTuple.of(e.packet())).distinct().toList();
        assertThat(dataFlows).containsExactly(initial);
        assertThat(run.summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isTrue();
            assertThat(c.subflowsEstablished()).isEqualTo(1);
            assertThat(c.subflowsRefused()).isEqualTo(1);
            assertThat(c.rstReceived()).isEqualTo(1);
        });
    }

    @Test
    void withAnotherClientPortTheJoinLandsOnTheRightServerByLuck() throws Exception {
        Scenario s = CatalogueRun.load("l4lb-mptcp-plain");
        CatalogueRun lucky = null;
        for (long seed = 2; seed < 40 && lucky == null; seed++) {
            CatalogueRun r = CatalogueRun.run(s, seed, L4lbMptcpPlainTest::interesting, null);
            if (serverOf(r, Packets.joinSyn(r)).equals(serverOf(r, Packets.initialSyn(r)))) {
                lucky = r;
            }
        }
        assertThat(lucky).as("a seed whose ephemeral ports hash the JOIN to the initial server").isNotNull();
        assertThat(Packets.joinSyn(lucky).packet().srcPort()).isNotEqualTo(Packets.joinSyn(run).packet().srcPort());
        assertThat(lucky.events(PacketEvent.class)).noneMatch(Packets::isRst);
        assertThat(lucky.summary.connections()).singleElement()
                .satisfies(c -> assertThat(c.subflowsEstablished()).isEqualTo(2));
    }

    private static boolean interesting(TraceEvent e) {
        return e instanceof HashDecision || e instanceof SubflowEvent
                || e instanceof PacketEvent p && (p.packet().hasFlag(org.mptcplab.engine.wire.TcpFlags.SYN) || Packets.isRst(p));
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
