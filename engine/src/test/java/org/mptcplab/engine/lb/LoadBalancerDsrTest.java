package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.lb.LbLab.CLIENT;
import static org.mptcplab.engine.lb.LbLab.CLIENT2;
import static org.mptcplab.engine.lb.LbLab.VIP;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;

class LoadBalancerDsrTest {
    private final LbLab lab = new LbLab(Forwarding.DSR);

    @Test
    void everyPacketOfOneFlowReachesTheSameServerWithTheVipAsDestination() {
        lab.send(Pkt.syn(CLIENT, 40000, VIP, 80));
        for (int i = 0; i < 5; i++) {
            lab.send(Pkt.data(CLIENT, 40000, VIP, 80, 1000));
        }

        String server = lab.serverOf(40000);
        assertThat(lab.arrivals.get(server)).hasSize(6).allSatisfy(p -> {
            assertThat(p.dst()).isEqualTo(LbLab.ip(VIP));
            assertThat(p.ip().hopLimit()).as("client, r and lb are one hop each").isEqualTo(62);
        });
        assertThat(lab.decisions()).hasSize(6).extracting(HashDecision::chosen).containsOnly(server);
        assertThat(lab.lb.counters().packetsTo(server)).isEqualTo(6);
        assertThat(lab.lb.counters().dataPackets()).isEqualTo(5);
        assertThat(lab.lb.counters().controlPackets()).isEqualTo(1);
    }

    @Test
    void repliesGoFromTheServerStraightToTheClientWithoutCrossingTheBalancer() {
        lab.serversEcho();
        lab.send(Pkt.syn(CLIENT, 40001, VIP, 80), Pkt.data(CLIENT, 40001, VIP, 80, 500));

        assertThat(lab.atClient).hasSize(2).allSatisfy(p -> assertThat(p.src()).isEqualTo(LbLab.ip(VIP)));
        assertThat(lab.lb.packetsReceived()).as("only the two client packets").isEqualTo(2);
        assertThat(lab.events("lb", PacketEvent.Kind.FORWARDED))
                .allSatisfy(e -> assertThat(e.packet().src()).isEqualTo(LbLab.ip(CLIENT)));
        assertThat(lab.lb.counters().returnedPackets()).isZero();
    }

    @Test
    void theHashDecisionCanBeRecomputedFromItsOwnFields() {
        lab.send(Pkt.syn(CLIENT, 40002, VIP, 80));

        HashDecision d = lab.decisions().get(0);
        byte[] input = hex(d.input().replace(" ", ""));
        assertThat(d.function()).isEqualTo("crc32");
        assertThat(d.fields()).isEqualTo("src,dst,sport,dport,proto");
        assertThat(new Crc32().hash(input)).isEqualTo(d.hash());
        assertThat(d.method()).isEqualTo("mod 3");
        assertThat(d.slot()).isEqualTo((int) (d.hash() % 3));
        assertThat(d.candidates().get(d.slot())).isEqualTo(d.chosen()).isEqualTo(lab.serverOf(40002));
        assertThat(d.node()).isEqualTo("lb");
        assertThat(d.packet().srcPort()).isEqualTo(40002);
    }

    @Test
    void aSecondFlowLandsOnTheSameServerOnlyByLuck() {
        lab.send(Pkt.syn(CLIENT, 40000, VIP, 80));
        String first = lab.serverOf(40000);
        int lucky = portLandingOn(first, true);
        int unlucky = portLandingOn(first, false);

        lab.send(Pkt.syn(CLIENT2, lucky, VIP, 80), Pkt.syn(CLIENT2, unlucky, VIP, 80));

        assertThat(lab.serverOf(lucky)).isEqualTo(first);
        assertThat(lab.serverOf(unlucky)).isNotEqualTo(first).isNotNull();
    }

    @Test
    void trafficToAServersUniqueAddressIsRoutedWithoutAnyHashDecision() {
        lab.send(Pkt.syn(CLIENT2, 50000, LbLab.UNIQUE.get("s2"), 80));

        assertThat(lab.arrivals.get("s2")).singleElement()
                .satisfies(p -> assertThat(p.dst()).isEqualTo(LbLab.ip("8.9.10.11")));
        assertThat(lab.decisions()).isEmpty();
        assertThat(lab.lb.counters().routedPackets()).isEqualTo(1);
        assertThat(lab.lb.counters().balancedPackets()).isZero();
    }

    @Test
    void withEveryBackendRemovedPacketsAreDroppedForLackOfBackend() {
        LbLab.SERVERS.forEach(lab.lb::removeBackend);

        lab.send(Pkt.syn(CLIENT, 40003, VIP, 80));

        assertThat(lab.arrivals.values()).allSatisfy(list -> assertThat(list).isEmpty());
        assertThat(lab.lb.drops().count(DropReason.NO_BACKEND)).isEqualTo(1);
    }

    @Test
    void countersWorkWithTracingOff() {
        int recorded = lab.recorder.events().size();
        lab.trace.remove(lab.recorder);
        lab.send(Pkt.syn(CLIENT, 40004, VIP, 80), Pkt.data(CLIENT, 40004, VIP, 80, 100));

        String server = lab.serverOf(40004);
        assertThat(lab.lb.counters().packetsTo(server)).isEqualTo(2);
        assertThat(lab.lb.counters().dataPacketsTo(server)).isEqualTo(1);
        assertThat(lab.recorder.events()).hasSize(recorded);
    }

    /** A client port from CLIENT2 whose flow the balancer sends to {@code server} (or elsewhere). */
    private int portLandingOn(String server, boolean same) {
        for (int port = 41000; port < 42000; port++) {
            Packet p = Pkt.syn(CLIENT2, port, VIP, 80);
            String chosen = lab.lb.selector().select(lab.lb.hashing().hash(FiveTuple.of(p))).backend();
            if (chosen.equals(server) == same) {
                return port;
            }
        }
        throw new AssertionError("no port found");
    }

    private static byte[] hex(String text) {
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
