package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.lb.LbLab.CLIENT;
import static org.mptcplab.engine.lb.LbLab.VIP;
import static org.mptcplab.engine.lb.LbLab.ip;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.PacketCodec;
import org.mptcplab.engine.wire.TcpFlags;

class LoadBalancerNatTest {
    private final LbLab lab = new LbLab(Forwarding.NAT);

    @Test
    void theServerSeesItsOwnAddressAndTheClientSeesTheVipOnReplies() {
        lab.serversEcho();
        lab.send(Pkt.syn(CLIENT, 40000, VIP, 80), Pkt.data(CLIENT, 40000, VIP, 80, 700));

        String server = lab.serverOf(40000);
        assertThat(lab.arrivals.get(server)).hasSize(2).allSatisfy(p -> {
            assertThat(p.dst()).isEqualTo(ip(LbLab.UNIQUE.get(server)));
            assertThat(p.src()).isEqualTo(ip(CLIENT));
            assertThat(p.dstPort()).isEqualTo(80);
        });
        assertThat(lab.atClient).hasSize(2).allSatisfy(p -> {
            assertThat(p.src()).isEqualTo(ip(VIP));
            assertThat(p.srcPort()).isEqualTo(80);
            assertThat(p.dstPort()).isEqualTo(40000);
        });
        assertThat(lab.events("lb", PacketEvent.Kind.FORWARDED)).hasSize(4);
        assertThat(lab.lb.counters().balancedPackets()).isEqualTo(2);
        assertThat(lab.lb.counters().returnedPackets()).isEqualTo(2);
        assertThat(lab.lb.counters().dataPackets()).isEqualTo(1);
        assertThat(lab.lb.natMappings()).isEqualTo(1);
    }

    @Test
    void rewrittenPacketsStillEncodeAndDecodeToTheSameFields() {
        lab.serversEcho();
        lab.send(Pkt.data(CLIENT, 40005, VIP, 80, 64));

        Packet atServer = lab.arrivals.get(lab.serverOf(40005)).get(0);
        Packet atClient = lab.atClient.get(0);
        for (Packet p : new Packet[] {atServer, atClient}) {
            Packet decoded = PacketCodec.decode(PacketCodec.encode(p));
            assertThat(decoded.ip()).isEqualTo(p.ip());
            assertThat(decoded.tcp()).isEqualTo(p.tcp());
        }
    }

    @Test
    void aServerReplyWithoutMappingIsRoutedUntranslated() {
        Packet stray = Pkt.tcp(LbLab.UNIQUE.get("s1"), 80, CLIENT, 40009, TcpFlags.ACK, 0);
        lab.servers.get("s1").send(stray);
        lab.run();

        assertThat(lab.atClient).singleElement().satisfies(p -> assertThat(p.src()).isEqualTo(ip("5.6.7.8")));
        assertThat(lab.lb.counters().routedPackets()).isEqualTo(1);
        assertThat(lab.lb.counters().returnedPackets()).isZero();
    }
}
