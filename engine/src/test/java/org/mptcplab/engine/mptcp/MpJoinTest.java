package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.mptcp.Packets.has;
import static org.mptcplab.engine.mptcp.Packets.packets;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.SubflowEvent.Action;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.MpTcpRst;
import org.mptcplab.engine.wire.MptcpConstants;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * Given a client connected to S1 and a server that advertises S2, when the client joins S2 with
 * MP_JOIN (RFC 8684 §3.2), then the four-packet handshake, its HMACs and its refusals behave as
 * specified.
 */
class MpJoinTest {
    private final Lab lab = new Lab();
    private final List<Sink> sinks = new ArrayList<>();
    private final Sink app = new Sink();
    private MptcpStack server;
    private MptcpConnection client;

    private void connect(MptcpConfig serverConfig) {
        MptcpStack c = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        server = lab.mptcp(lab.server, serverConfig, new InKernelPathManager(List.of(Endpoint.signal(Lab.S2))));
        server.listen(Lab.PORT, Sink.accepting(sinks));
        client = c.connect(null, Lab.S1, Lab.PORT, app);
        client.write(300_000);
        lab.runFor(Time.millis(400));
    }

    private MptcpConnection serverSide() {
        return (MptcpConnection) sinks.get(0).socket;
    }

    private List<SubflowEvent> events(String node, Action action) {
        return lab.subflowEvents(node).stream().filter(e -> e.action() == action).toList();
    }

    @Test
    void theJoinSynNamesTheServersTokenAndTheSynAckProvesKnowledgeOfBothKeys() {
        connect(MptcpConfig.defaults());
        MpJoinSyn syn = packets(lab.sent(lab.client), has(MpJoinSyn.class)).get(0).tcp().find(MpJoinSyn.class)
                .orElseThrow();
        MpJoinSynAck synAck = packets(lab.sent(lab.server), has(MpJoinSynAck.class)).get(0).tcp()
                .find(MpJoinSynAck.class).orElseThrow();
        MptcpConnection s = serverSide();
        assertThat(syn.receiverToken()).isEqualTo(s.token());
        assertThat(synAck.truncatedHmac()).isEqualTo(MptcpCrypto.joinSynAckHmac(s.localKey().key(),
                client.localKey().key(), synAck.senderNonce(), syn.senderNonce()));
        MpJoinAck ack = packets(lab.sent(lab.client), has(MpJoinAck.class)).get(0).tcp().find(MpJoinAck.class)
                .orElseThrow();
        assertThat(ack.hmac()).isEqualTo(MptcpCrypto.joinAckHmac(client.localKey().key(), s.localKey().key(),
                syn.senderNonce(), synAck.senderNonce()));
    }

    @Test
    void theJoiningSideWaitsForTheFourthAckBeforeUsingTheSubflow() {
        connect(MptcpConfig.defaults());
        SubflowEvent established = events("client", Action.ESTABLISHED).get(1);
        List<PacketEvent> fromServerOnJoin = lab.recorder.ofType(PacketEvent.class).stream()
                .filter(e -> e.node().equals("client") && e.kind() == PacketEvent.Kind.RECEIVED
                        && e.packet().src().equals(Lab.S2))
                .toList();
        // 1: the SYN/ACK, 2: the 4th ACK, which carries no MP_JOIN.
        Packet fourth = fromServerOnJoin.get(1).packet();
        assertThat(fourth.tcp().find(MpJoinSynAck.class)).isEmpty();
        assertThat(fourth.hasFlag(TcpFlags.SYN)).isFalse();
        assertThat(fromServerOnJoin.get(1).time()).isEqualTo(established.time());
        long clientDataBeforeFourthAck = lab.sent(lab.client).stream()
                .filter(e -> e.time() < established.time() && e.packet().dst().equals(Lab.S2)
                        && e.packet().payloadLength() > 0)
                .count();
        assertThat(clientDataBeforeFourthAck).isZero();
    }

    @Test
    void anAcceptedJoinCarriesDataOnBothSubflowsAndTheStreamArrivesIntact() {
        connect(MptcpConfig.defaults());
        assertThat(events("server", Action.ESTABLISHED)).hasSize(2);
        long onJoin = lab.sent(lab.client).stream()
                .filter(e -> e.packet().dst().equals(Lab.S2) && e.packet().payloadLength() > 0).count();
        assertThat(onJoin).isPositive();
        assertThat(sinks.get(0).received).isEqualTo(300_000);
        assertThat(sinks.get(0).intact()).isTrue();
    }

    @Test
    void aJoinWithAnUnknownTokenIsRefusedWithRstAndMpTcpRst() {
        lab.mb.rewrite = Packets.replace(MpJoinSyn.class,
                j -> new MpJoinSyn(j.backup(), j.addressId(), j.receiverToken() ^ 1, j.senderNonce()));
        connect(MptcpConfig.defaults());
        int forged = serverSide().token() ^ 1;
        assertThat(events("server", Action.REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("unknown token " + MptcpTrace.hex(forged)));
        assertRefusedWithMpTcpRst(MptcpConstants.RST_MPTCP_ERROR);
        assertThat(server.joinsRefused()).isEqualTo(1);
        assertThat(sinks.get(0).intact()).isTrue();
        assertThat(sinks.get(0).received).isEqualTo(300_000);
    }

    @Test
    void aBadHmacInTheThirdAckIsRefusedByTheServer() {
        lab.mb.rewrite = Packets.replace(MpJoinAck.class, a -> {
            byte[] h = a.hmac();
            h[0] ^= 1;
            return new MpJoinAck(h);
        });
        connect(MptcpConfig.defaults());
        assertThat(events("server", Action.REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("bad HMAC in MP_JOIN ACK"));
        assertRefusedWithMpTcpRst(MptcpConstants.RST_MPTCP_ERROR);
        assertThat(serverSide().allSubflows()).hasSize(2);
        assertThat(serverSide().paths().subflows()).hasSize(1);
    }

    @Test
    void aBadHmacInTheSynAckIsRefusedByTheClient() {
        lab.mb.rewrite = Packets.replace(MpJoinSynAck.class, a -> new MpJoinSynAck(a.backup(), a.addressId(),
                a.truncatedHmac() ^ 1, a.senderNonce()));
        connect(MptcpConfig.defaults());
        assertThat(events("client", Action.REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("bad HMAC in MP_JOIN SYN/ACK"));
        List<Packet> rsts = packets(lab.sent(lab.client), p -> p.hasFlag(TcpFlags.RST));
        assertThat(rsts).singleElement().satisfies(p -> assertThat(p.tcp().find(MpTcpRst.class).orElseThrow().reason())
                .isEqualTo(MptcpConstants.RST_MPTCP_ERROR));
        assertThat(events("server", Action.ESTABLISHED)).hasSize(1);
    }

    @Test
    void aJoinBeyondTheSubflowLimitIsRefusedAsAdministrativelyProhibited() {
        connect(MptcpConfig.defaults().toBuilder().maxSubflows(0).build());
        assertThat(events("server", Action.REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("subflow limit 0 reached"));
        assertRefusedWithMpTcpRst(MptcpConstants.RST_ADMIN_PROHIBITED);
    }

    private void assertRefusedWithMpTcpRst(int reason) {
        List<Packet> rsts = packets(lab.sent(lab.server), p -> p.hasFlag(TcpFlags.RST));
        assertThat(rsts).singleElement().satisfies(p -> {
            assertThat(p.src()).isEqualTo(Lab.S2);
            assertThat(p.tcp().find(MpTcpRst.class).orElseThrow().reason()).isEqualTo(reason);
        });
        assertThat(events("client", Action.REFUSED)).singleElement().satisfies(e -> assertThat(e.reason())
                .contains("MP_TCPRST reason " + reason));
    }
}
