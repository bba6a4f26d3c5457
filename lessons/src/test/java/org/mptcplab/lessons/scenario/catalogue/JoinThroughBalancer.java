package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/** Shared checks of the alternatives that keep the JOIN on the VIP (stateful, Beamer). */
final class JoinThroughBalancer {
    private JoinThroughBalancer() {
    }

    /** The JOIN SYN is addressed to the VIP, decided by the balancer, and lands on the initial subflow's server. */
    static void assertJoinReachesTheRightServer(CatalogueRun run) {
        PacketEvent join = Packets.joinSyn(run);
        assertThat(join.packet().dst()).isEqualTo(IpAddress.parse("1.2.3.4"));
        String initial = Packets.decisionsFor(run, FiveTuple.of(Packets.initialSyn(run).packet())).get(0).chosen();
        List<HashDecision> joinDecisions = Packets.decisionsFor(run, FiveTuple.of(join.packet()));
        assertThat(joinDecisions).isNotEmpty().allSatisfy(d -> assertThat(d.chosen()).isEqualTo(initial));
        assertThat(Packets.at(run, initial, PacketEvent.Kind.RECEIVED)).anySatisfy(
                e -> assertThat(FiveTuple.of(e.packet())).isEqualTo(FiveTuple.of(join.packet())));
        assertThat(run.events(SubflowEvent.class)).anySatisfy(e -> {
            assertThat(e.node()).isEqualTo("client");
            assertThat(e.flow()).isEqualTo(FiveTuple.of(join.packet()));
            assertThat(e.action()).isEqualTo(SubflowEvent.Action.ESTABLISHED);
        });
        assertThat(run.events(PacketEvent.class)).noneMatch(Packets::isRst);
        assertThat(run.summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isTrue();
            assertThat(c.subflowsEstablished()).isEqualTo(2);
        });
    }
}
