package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.FiveTuple;

/** Catalogue {@code l4lb-mptcp-lossy-addaddr}: the first ADD_ADDR is lost; its retransmission is echoed; the JOIN follows. */
class L4lbMptcpLossyAddAddrTest {
    @TempDir
    static Path pcaps;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        run = CatalogueRun.run("l4lb-mptcp-lossy-addaddr", e -> true, pcaps);
    }

    private static List<AddAddrEvent> addAddr(AddAddrEvent.Action action) {
        return run.events(AddAddrEvent.class).stream().filter(e -> e.action() == action).toList();
    }

    @Test
    void theFirstAddAddrIsLostOnTheWay() {
        List<PacketEvent> dropped = run.events(PacketEvent.class).stream()
                .filter(e -> e.kind() == PacketEvent.Kind.DROPPED && Packets.has(e.packet(), AddAddr.class)).toList();
        assertThat(dropped).singleElement().satisfies(e -> {
            assertThat(e.dropReason()).isEqualTo(DropReason.SCRIPTED);
            assertThat(e.node()).isEqualTo("client");
            assertThat(Packets.option(e.packet(), AddAddr.class)).hasValueSatisfying(a -> assertThat(a.echo()).isFalse());
        });
        assertThat(dropped.get(0).time()).isLessThan(addAddr(AddAddrEvent.Action.RETRANSMITTED).get(0).time());
    }

    @Test
    void aRetransmissionIsEchoed() {
        assertThat(addAddr(AddAddrEvent.Action.RETRANSMITTED)).isNotEmpty();
        assertThat(addAddr(AddAddrEvent.Action.ECHO_RECEIVED)).singleElement()
                .satisfies(e -> assertThat(e.attempt()).isGreaterThanOrEqualTo(2));
        assertThat(addAddr(AddAddrEvent.Action.ECHO_SENT)).hasSize(1);
    }

    @Test
    void theJoinFollowsTheEchoToTheAnnouncedAddress() {
        AddAddrEvent echo = addAddr(AddAddrEvent.Action.ECHO_SENT).get(0);
        PacketEvent join = Packets.joinSyn(run);
        assertThat(join.time()).isGreaterThanOrEqualTo(echo.time());
        assertThat(join.packet().dst()).isEqualTo(echo.address());
        assertThat(run.events(SubflowEvent.class)).anySatisfy(e -> {
            assertThat(e.node()).isEqualTo("client");
            assertThat(e.flow()).isEqualTo(FiveTuple.of(join.packet()));
            assertThat(e.action()).isEqualTo(SubflowEvent.Action.ESTABLISHED);
        });
        assertThat(run.events(PacketEvent.class)).noneMatch(Packets::isRst);
        assertThat(run.summary.connections()).singleElement().satisfies(c -> assertThat(c.completed()).isTrue());
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
