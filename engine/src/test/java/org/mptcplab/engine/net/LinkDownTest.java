package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.PacketEvent;

class LinkDownTest {
    private static final long GBPS = 1_000_000_000L;

    @Test
    void goingDownLosesPacketsInFlightOnTheLineAndQueued() {
        // given four 1500 B packets: at 30 us #1 and #2 are in flight, #3 is on the line
        // and #4 waits in the queue (12 us each, 1 ms propagation)
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));
        for (int tag = 1; tag <= 4; tag++) {
            f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, tag));
        }

        // when
        f.sim.schedule(Time.micros(30), () -> link.setUp(false));
        f.sim.runUntil(Time.seconds(1));

        // then nothing arrives; the oldest packets are reported first
        assertThat(got).isEmpty();
        List<PacketEvent> drops = f.drops(DropReason.LINK_DOWN);
        assertThat(drops).extracting(e -> e.packet().srcPort()).containsExactly(1, 2, 3, 4);
        assertThat(drops).extracting(PacketEvent::node).containsExactly("b", "b", "a", "a");
        assertThat(drops).extracting(PacketEvent::time).containsOnly(Time.micros(30));
        assertThat(link.ab().drops().count(DropReason.LINK_DOWN)).isEqualTo(4);
        assertThat(link.ab().packetsInFlight()).isZero();
        assertThat(link.ab().queueLength()).isZero();
        assertThat(f.recorder.ofType(NodeEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(NodeEvent.Kind.LINK_DOWN);
            assertThat(e.detail()).isEqualTo("a-b");
        });
    }

    @Test
    void packetsSentWhileDownAreDroppedAndTrafficResumesWhenUp() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));
        link.setUp(false);

        f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, 1));
        link.setUp(true);
        f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, 2));
        f.sim.runUntil(Time.seconds(1));

        assertThat(f.drops(DropReason.LINK_DOWN)).extracting(e -> e.packet().srcPort()).containsExactly(1);
        assertThat(got).extracting(a -> a.packet().srcPort()).containsExactly(2);
        assertThat(got).extracting(Fixture.Arrival::time).containsExactly(Time.millis(1) + 12_000);
        assertThat(f.recorder.ofType(NodeEvent.class)).extracting(NodeEvent::kind)
                .containsExactly(NodeEvent.Kind.LINK_DOWN, NodeEvent.Kind.LINK_UP);
        assertThat(link.isUp()).isTrue();
        assertThat(link.ab().isUp()).isTrue();
    }

    @Test
    void settingTheSameStateTwiceDoesNothing() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));

        link.setUp(true);
        link.setUp(false);
        link.setUp(false);

        assertThat(f.recorder.ofType(NodeEvent.class)).extracting(NodeEvent::kind)
                .containsExactly(NodeEvent.Kind.LINK_DOWN);
    }
}
