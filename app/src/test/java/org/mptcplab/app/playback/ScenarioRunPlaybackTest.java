package org.mptcplab.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.TcpFlags;

/** The catalogue's failure case, recorded once and played in the view-model. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioRunPlaybackTest {
    private RecordedRun run;
    private PlaybackViewModel vm;

    @BeforeAll
    void record() throws Exception {
        run = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-plain"), 5_000);
        vm = new PlaybackViewModel();
        vm.load(run);
    }

    @Test
    void plainMptcpBehindTheLoadBalancerShowsAJoinAHashDecisionAtTheLbAndAnRst() {
        List<TraceEvent> events = vm.getEvents();
        assertThat(events).anyMatch(e -> EventKinds.of(e) == EventKind.MP_JOIN);
        assertThat(events).anyMatch(e -> e instanceof HashDecision d && d.node().equals("lb"));
        assertThat(events).anyMatch(e -> e instanceof PacketEvent p && TcpFlags.has(p.packet().tcp().flags(), TcpFlags.RST));
        assertThat(vm.topologyProperty().get().node("lb")).hasValueSatisfying(
                n -> assertThat(n.role()).isEqualTo(NodeRole.LOAD_BALANCER));
    }

    @Test
    void runToNextRstLandsOnTheFirstRstAfterTheJoin() {
        vm.reset();
        assertThat(vm.runToNext(EventKind.MP_JOIN)).isTrue();
        int join = vm.getCursor();
        assertThat(vm.runToNext(EventKind.RST)).isTrue();
        TraceEvent rst = vm.currentEventProperty().get();
        assertThat(rst).isInstanceOfSatisfying(PacketEvent.class,
                p -> assertThat(TcpFlags.has(p.packet().tcp().flags(), TcpFlags.RST)).isTrue());
        assertThat(vm.getCursor()).isGreaterThan(join);
        for (int i = join + 1; i < vm.getCursor(); i++) {
            assertThat(EventKinds.of(vm.getEvents().get(i))).isNotEqualTo(EventKind.RST);
        }
    }

    @Test
    void theRstComesFromAnotherServerThanTheOneThatOwnsTheFirstSubflow() {
        vm.reset();
        vm.runToNext(EventKind.RST);
        PacketEvent rst = (PacketEvent) vm.currentEventProperty().get();
        String firstSynServer = vm.getEvents().stream()
                .filter(e -> e instanceof PacketEvent p && p.kind() == PacketEvent.Kind.RECEIVED
                        && EventKinds.of(p.packet()) == EventKind.SYN)
                .map(TraceEvent::node).findFirst().orElseThrow();
        assertThat(rst.node()).startsWith("s").isNotEqualTo(firstSynServer);
    }

    @Test
    void afterSeekingToTheEndNoPacketIsLeftOnAnyLink() {
        vm.seek(vm.getEvents().size() - 1);
        assertThat(vm.getState().inFlight()).isEmpty();
        assertThat(run.events()).isNotEmpty();
    }
}
