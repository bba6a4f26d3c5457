package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.MptcpConstants;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

class FaultRuleTest {
    private static final long GBPS = 1_000_000_000L;

    private static Packet syn(int tag) {
        return TestPackets.tcp("10.0.0.1", tag, "10.0.0.2", 80, TcpFlags.SYN, 0);
    }

    private static Packet ack(int tag) {
        return TestPackets.tcp("10.0.0.1", tag, "10.0.0.2", 80, TcpFlags.ACK, 0);
    }

    private static Packet addAddr(int tag) {
        AddAddr option = AddAddr.announce(1, Ipv4Address.of(5, 6, 7, 8), OptionalInt.empty(), 0x1122334455667788L);
        return TestPackets.tcp("10.0.0.1", tag, "10.0.0.2", 80, TcpFlags.ACK, 0, option);
    }

    /** Sends {@code packets} one per 10 us from a to b and returns the tags b received. */
    private static List<Integer> run(Fixture f, Packet... packets) {
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));
        for (int i = 0; i < packets.length; i++) {
            Packet p = packets[i];
            f.sim.schedule(Time.micros(10L * i), () -> f.net.host("a").send(p));
        }
        f.sim.runUntil(Time.seconds(1));
        return got.stream().map(a -> a.packet().srcPort()).toList();
    }

    @Test
    void dropNthDropsOnlyTheNthMatchingPacket() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));
        FaultRule rule = FaultRule.dropNth(PacketMatch.synOnly(), 2);
        link.ab().addFault(rule);

        List<Integer> received = run(f, syn(1), ack(2), syn(3), ack(4), syn(5));

        assertThat(received).containsExactly(1, 2, 4, 5);
        List<PacketEvent> drops = f.drops(DropReason.SCRIPTED);
        assertThat(drops).extracting(e -> e.packet().srcPort()).containsExactly(3);
        assertThat(drops.get(0).node()).as("decided at the receiving end").isEqualTo("b");
        assertThat(rule.dropped()).isEqualTo(1);
        assertThat(((CountedFault) rule).matchesSeen()).isEqualTo(3);
        assertThat(link.ab().drops().count(DropReason.SCRIPTED)).isEqualTo(1);
    }

    @Test
    void burstDropsConsecutiveMatchingPackets() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));
        link.ab().addFault(FaultRule.dropBurst(PacketMatch.any(), 2, 3));

        List<Integer> received = run(f, ack(1), ack(2), ack(3), ack(4), ack(5), ack(6));

        assertThat(received).containsExactly(1, 5, 6);
    }

    @Test
    void timeWindowDropsEverythingArrivingInsideIt() {
        // given 40 B packets arriving at 1.00032 ms + 10 us * i; the window [1.02 ms, 1.05 ms) holds i = 2, 3, 4
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));
        link.ab().addFault(FaultRule.dropBetween(Time.micros(1_020), Time.micros(1_050)));

        List<Integer> received = run(f, ack(0), ack(1), ack(2), ack(3), ack(4), ack(5));

        assertThat(received).containsExactly(0, 1, 5);
    }

    @Test
    void timeWindowWithAMatchSparesOtherPackets() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, 0));
        link.ab().addFault(FaultRule.dropBetween(0, Time.seconds(1), PacketMatch.synOnly()));

        List<Integer> received = run(f, syn(1), ack(2), syn(3));

        assertThat(received).containsExactly(2);
    }

    @Test
    void mptcpOptionMatchDropsTheFirstAddAddr() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));
        link.ab().addFault(FaultRule.dropNth(PacketMatch.hasMptcpSubtype(MptcpConstants.SUBTYPE_ADD_ADDR), 1));

        List<Integer> received = run(f, ack(1), addAddr(2), ack(3), addAddr(4));

        assertThat(received).containsExactly(1, 3, 4);
    }

    @Test
    void outboundInterfaceFaultDropsBeforeTheQueue() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));
        link.a().addOutboundFault(FaultRule.dropNth(PacketMatch.hasOption(AddAddr.class), 1));

        List<Integer> received = run(f, addAddr(1), addAddr(2));

        assertThat(received).containsExactly(2);
        assertThat(f.drops(DropReason.SCRIPTED)).singleElement().satisfies(e -> {
            assertThat(e.node()).isEqualTo("a");
            assertThat(e.time()).isZero();
        });
        assertThat(link.ab().packetsSent()).as("never reached the line").isEqualTo(1);
    }

    @Test
    void inboundInterfaceFaultDropsBeforeTheNodeSeesThePacket() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));
        link.b().addInboundFault(FaultRule.dropNth(PacketMatch.from(Fixture.ip("10.0.0.1")), 2));

        List<Integer> received = run(f, ack(1), ack(2), ack(3));

        assertThat(received).containsExactly(1, 3);
        assertThat(link.ab().packetsDelivered()).as("the link delivered it").isEqualTo(3);
        assertThat(f.net.host("b").packetsReceived()).isEqualTo(2);
        assertThat(f.net.host("b").drops().count(DropReason.SCRIPTED)).isEqualTo(1);
    }

    @Test
    void everyRuleCountsEveryPacketEvenWhenAnotherRuleDropsIt() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, 0));
        link.ab().addFault(FaultRule.dropNth(PacketMatch.any(), 1));
        link.ab().addFault(FaultRule.dropNth(PacketMatch.any(), 2));

        List<Integer> received = run(f, ack(1), ack(2), ack(3));

        assertThat(received).containsExactly(3);
    }

    @Test
    void rulesDescribeThemselves() {
        assertThat(FaultRule.dropNth(PacketMatch.synOnly(), 2).description())
                .isEqualTo("drop packet #2 matching SYN without ACK");
        assertThat(FaultRule.dropBurst(PacketMatch.hasFlags(TcpFlags.RST), 3, 2).description())
                .isEqualTo("drop packets #3..#4 matching flags RST");
        assertThat(FaultRule.dropBetween(Time.millis(1), Time.millis(2)).description())
                .isEqualTo("drop any packet from 1.000000 ms until 2.000000 ms");
    }

    @Test
    void rulesRejectImpossibleParameters() {
        assertThatThrownBy(() -> FaultRule.dropNth(PacketMatch.any(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultRule.dropBurst(PacketMatch.any(), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultRule.dropBetween(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultRule.dropNth(null, 1)).isInstanceOf(NullPointerException.class);
    }
}
