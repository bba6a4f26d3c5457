package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.lb.LbLab.CLIENT;
import static org.mptcplab.engine.lb.LbLab.CLIENT2;
import static org.mptcplab.engine.lb.LbLab.VIP;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

class MptcpAwareModesTest {
    private static final long CLIENT_KEY = 0x1111222233334444L;
    private static final long SERVER_KEY = 0x0123456789abcdefL;

    @Test
    void statefulDsrBalancerLearnsTheTokenFromTheThirdAckAndSendsTheJoinToThatServer() {
        LbLab lab = new LbLab(Forwarding.DSR);
        MptcpStatefulDispatch stateful = new MptcpStatefulDispatch();
        lab.lb.setDispatch(stateful);
        lab.send(Pkt.mpCapableSyn(CLIENT, 40000, VIP, 80),
                Pkt.mpCapableAck(CLIENT, 40000, VIP, 80, CLIENT_KEY, SERVER_KEY));
        String server = lab.serverOf(40000);
        int token = MptcpCrypto.token(SERVER_KEY);
        int elsewhere = portHashedAwayFrom(lab, server);

        lab.send(Pkt.joinSyn(CLIENT2, elsewhere, VIP, 80, token), Pkt.data(CLIENT2, elsewhere, VIP, 80, 1000));

        assertThat(lab.arrivals.get(server)).extracting(Packet::srcPort).containsExactly(40000, 40000, elsewhere, elsewhere);
        assertThat(stateful.tokenTable().lookup(token)).contains(server);
        assertThat(stateful.tokenTable().size()).isEqualTo(1);
        assertThat(stateful.subflowTable().size()).isEqualTo(1);
        List<HashDecision> decisions = lab.decisions();
        assertThat(decisions.get(2).function()).isEqualTo("token-table");
        assertThat(decisions.get(2).input()).isEqualTo(String.format("%08x", token));
        assertThat(decisions.get(3).function()).isEqualTo("subflow table");
        assertThat(lab.recorder.ofType(NodeEvent.class)).extracting(NodeEvent::detail)
                .anySatisfy(d -> assertThat(d).contains("learned token " + TokenTable.tokenHex(token))
                        .contains("token table 1 entries"));
    }

    @Test
    void statefulNatBalancerLearnsAlreadyFromTheServersSynAck() {
        LbLab lab = new LbLab(Forwarding.NAT);
        MptcpStatefulDispatch stateful = new MptcpStatefulDispatch();
        lab.lb.setDispatch(stateful);
        lab.servers.forEach((name, s) -> s.setTransport(p -> {
            lab.arrivals.get(name).add(p);
            if (TcpFlags.isSynOnly(p.tcp().flags())) {
                s.send(Pkt.reply(p, TcpFlags.SYN | TcpFlags.ACK,
                        MpCapableSynAck.v1(MpCapableFlags.HMAC_SHA256, SERVER_KEY)));
            }
        }));

        lab.send(Pkt.mpCapableSyn(CLIENT, 40000, VIP, 80));

        assertThat(lab.atClient).singleElement().satisfies(p -> assertThat(p.src()).isEqualTo(LbLab.ip(VIP)));
        assertThat(stateful.tokenTable().lookup(MptcpCrypto.token(SERVER_KEY))).contains(lab.serverOf(40000));
    }

    @Test
    void aJoinWithAnUnknownTokenIsHashedLikeAnyFlow() {
        LbLab lab = new LbLab(Forwarding.DSR);
        lab.lb.setDispatch(new MptcpStatefulDispatch());
        Packet join = Pkt.joinSyn(CLIENT2, 41000, VIP, 80, 0xdeadbeef);
        String hashed = lab.lb.selector().select(lab.lb.hashing().hash(FiveTuple.of(join))).backend();

        lab.send(join);

        assertThat(lab.serverOf(41000)).isEqualTo(hashed);
        assertThat(lab.decisions()).singleElement().satisfies(d -> assertThat(d.function()).isEqualTo("crc32"));
    }

    @Test
    void removingABackendMakesTheStatefulBalancerForgetItsTokens() {
        LbLab lab = new LbLab(Forwarding.DSR);
        MptcpStatefulDispatch stateful = new MptcpStatefulDispatch();
        lab.lb.setDispatch(stateful);
        lab.send(Pkt.mpCapableAck(CLIENT, 40000, VIP, 80, CLIENT_KEY, SERVER_KEY));

        lab.lb.removeBackend(lab.serverOf(40000));

        assertThat(stateful.tokenTable().size()).isZero();
    }

    @Test
    void beamerSendsHighPortsToTheirServerAndHashesServicePorts() {
        LbLab lab = new LbLab(Forwarding.DSR);
        BeamerDispatch beamer = new BeamerDispatch(BeamerMux.consecutivePorts(5001, LbLab.SERVERS));
        lab.lb.setDispatch(beamer);

        lab.send(Pkt.syn(CLIENT, 40000, VIP, 80), Pkt.joinSyn(CLIENT2, 40001, VIP, 5002, 7),
                Pkt.data(CLIENT2, 40001, VIP, 5002, 100), Pkt.syn(CLIENT2, 40002, VIP, 6000));

        assertThat(lab.arrivals.get("s2")).extracting(Packet::srcPort).contains(40001, 40001);
        assertThat(beamer.mux().portOf("s2")).hasValue(5002);
        assertThat(lab.decisions()).extracting(HashDecision::function).containsExactly("crc32", "port-map", "port-map");
        assertThat(lab.serverOf(40002)).as("port 6000 belongs to no server").isNull();
        assertThat(lab.lb.drops().count(DropReason.NO_BACKEND)).isEqualTo(1);
    }

    @Test
    void aTokenCarryingTheServerIdBringsTheJoinToThatServer() {
        LbLab lab = new LbLab(Forwarding.DSR);
        ServerIdDispatch ids = new ServerIdDispatch(2);
        lab.lb.setDispatch(ids);
        int id = lab.lb.serverId("s3");
        SplittableRandom random = new SplittableRandom(3);
        ServerIdToken.KeyChoice key = ids.ids().chooseKey(id, random::nextLong, 1000);
        int port = portHashedAwayFrom(lab, "s3");

        lab.send(Pkt.joinSyn(CLIENT2, port, VIP, 80, key.token()), Pkt.data(CLIENT2, port, VIP, 80, 10));

        assertThat(id).isEqualTo(2);
        assertThat(lab.arrivals.get("s3")).extracting(Packet::srcPort).containsExactly(port, port);
        assertThat(lab.decisions().get(0)).satisfies(d -> {
            assertThat(d.function()).isEqualTo("server-id");
            assertThat(d.slot()).isEqualTo(2);
            assertThat(d.method()).isEqualTo("top 2 bits of token = server id 2");
        });
        assertThat(ids.subflowTable().size()).isEqualTo(1);
    }

    @Test
    void theSameRunTwiceGivesTheSameTraceEventForEvent() {
        assertThat(statefulRun().recorder.events()).hasSizeGreaterThan(20).isEqualTo(statefulRun().recorder.events());
    }

    private static LbLab statefulRun() {
        LbLab lab = new LbLab(Forwarding.NAT);
        lab.lb.setDispatch(new MptcpStatefulDispatch());
        lab.lb.enableFlowTable(16);
        lab.serversEcho();
        lab.send(Pkt.mpCapableSyn(CLIENT, 40000, VIP, 80),
                Pkt.mpCapableAck(CLIENT, 40000, VIP, 80, CLIENT_KEY, SERVER_KEY),
                Pkt.joinSyn(CLIENT2, 41000, VIP, 80, MptcpCrypto.token(SERVER_KEY)),
                Pkt.data(CLIENT2, 41000, VIP, 80, 1200));
        lab.lb.removeBackend(lab.serverOf(40000));
        lab.send(Pkt.data(CLIENT2, 41000, VIP, 80, 1200));
        return lab;
    }

    /** A CLIENT2 port whose flow plain hashing would send somewhere other than {@code server}. */
    private static int portHashedAwayFrom(LbLab lab, String server) {
        for (int port = 41000; ; port++) {
            FiveTuple t = FiveTuple.of(Pkt.syn(CLIENT2, port, VIP, 80));
            if (!lab.lb.selector().select(lab.lb.hashing().hash(t)).backend().equals(server)) {
                return port;
            }
        }
    }
}
