package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.PacketEvent;

class DropTailQueueTest {
    private static final long GBPS = 1_000_000_000L;

    @Test
    void packetLimitCountsWaitingPacketsNotTheOneOnTheLine() {
        // given room for 2 waiting packets
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)).withQueueLimitPackets(2));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));

        // when 5 packets are sent at once
        for (int tag = 1; tag <= 5; tag++) {
            f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, tag));
        }

        // then one is on the line, two wait, the last two are dropped at the sender
        assertThat(link.ab().queueLength()).isEqualTo(2);
        assertThat(link.ab().queueBytes()).isEqualTo(3000);
        f.sim.runUntil(Time.seconds(1));
        assertThat(got).extracting(a -> a.packet().srcPort()).containsExactly(1, 2, 3);
        List<PacketEvent> drops = f.drops(DropReason.QUEUE_FULL);
        assertThat(drops).extracting(e -> e.packet().srcPort()).containsExactly(4, 5);
        assertThat(drops).allSatisfy(e -> {
            assertThat(e.node()).isEqualTo("a");
            assertThat(e.iface()).isEqualTo("eth0");
        });
        assertThat(link.ab().drops().count(DropReason.QUEUE_FULL)).isEqualTo(2);
        assertThat(f.net.host("a").drops().count(DropReason.QUEUE_FULL)).isEqualTo(2);
        assertThat(link.ab().queueLength()).isZero();
        assertThat(link.ab().queueBytes()).isZero();
    }

    @Test
    void byteLimitRefusesAPacketThatWouldOverflowButTakesASmallerOne() {
        // given no packet limit and 2500 waiting bytes
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, 0).withQueueLimitPackets(0).withQueueLimitBytes(2500));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));

        // when: 1500 on the line, 1500 waits, 1500 would make 3000, 1000 makes exactly 2500
        f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, 1));
        f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, 2));
        f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, 3));
        f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1000, 4));
        f.sim.runUntil(Time.seconds(1));

        // then
        assertThat(got).extracting(a -> a.packet().srcPort()).containsExactly(1, 2, 4);
        assertThat(f.drops(DropReason.QUEUE_FULL)).extracting(e -> e.packet().srcPort()).containsExactly(3);
        assertThat(link.ab().drops().total()).isEqualTo(1);
    }

    @Test
    void queueAcceptsAgainOnceItDrains() {
        Fixture f = new Fixture();
        f.pair(LinkConfig.of(GBPS, 0).withQueueLimitPackets(1));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));
        Host a = f.net.host("a");

        for (int tag = 1; tag <= 3; tag++) {
            a.send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, tag));
        }
        // two serialisation times later (24 us) the line is idle again
        f.sim.schedule(Time.micros(30), () -> {
            for (int tag = 4; tag <= 6; tag++) {
                a.send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, tag));
            }
        });
        f.sim.runUntil(Time.seconds(1));

        assertThat(got).extracting(x -> x.packet().srcPort()).containsExactly(1, 2, 4, 5);
        assertThat(f.drops(DropReason.QUEUE_FULL)).extracting(e -> e.packet().srcPort()).containsExactly(3, 6);
    }

    @Test
    void byteLimitIsFreedOnceWaitingPacketsReachTheLine() {
        // given room for 1500 waiting bytes and packets still in flight (1 ms) when the line goes idle
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)).withQueueLimitPackets(0).withQueueLimitBytes(1500));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));
        Host a = f.net.host("a");

        for (int tag = 1; tag <= 3; tag++) {
            a.send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, tag));
        }
        f.sim.schedule(Time.micros(30), () -> {
            for (int tag = 4; tag <= 6; tag++) {
                a.send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 1500, tag));
            }
            assertThat(link.ab().queueBytes()).isEqualTo(1500);
        });
        f.sim.runUntil(Time.seconds(1));

        assertThat(got).extracting(x -> x.packet().srcPort()).containsExactly(1, 2, 4, 5);
        assertThat(f.drops(DropReason.QUEUE_FULL)).extracting(e -> e.packet().srcPort()).containsExactly(3, 6);
    }

    @Test
    void unlimitedQueueKeepsEverythingInOrder() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, 0).withQueueLimitPackets(0));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));

        for (int tag = 1; tag <= 5000; tag++) {
            f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 100, tag));
        }
        assertThat(link.ab().queueLength()).isEqualTo(4999);
        f.sim.runUntil(Time.seconds(1));

        assertThat(got).hasSize(5000);
        assertThat(got).extracting(x -> x.packet().srcPort()).isSorted();
        assertThat(link.ab().drops().total()).isZero();
    }
}
