package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.MaxSegmentSize;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.SackPermitted;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.Timestamps;
import org.mptcplab.engine.wire.WindowScale;

class HandshakeTest {

    @Test
    void threeWayHandshakeNegotiatesMssWindowScaleSackAndTimestamps() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        TcpConnection server = pair.serverConnection();

        Packet syn = pair.clientSent().get(0);
        Packet synAck = pair.serverSent().get(0);
        assertThat(syn.tcp().flags()).isEqualTo(TcpFlags.SYN);
        assertThat(syn.tcp().find(MaxSegmentSize.class)).contains(new MaxSegmentSize(1460));
        assertThat(syn.tcp().find(SackPermitted.class)).isPresent();
        assertThat(syn.tcp().find(WindowScale.class)).contains(new WindowScale(11));
        assertThat(syn.tcp().find(Timestamps.class).orElseThrow().tsEcr()).isZero();
        assertThat(synAck.tcp().flags()).isEqualTo(TcpFlags.SYN | TcpFlags.ACK);
        assertThat(synAck.tcp().ack()).isEqualTo(syn.tcp().seq() + 1);
        assertThat(synAck.tcp().find(Timestamps.class).orElseThrow().tsEcr())
                .isEqualTo(syn.tcp().find(Timestamps.class).orElseThrow().tsVal());
        assertThat(client.state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(server.state()).isEqualTo(TcpState.ESTABLISHED);
        for (TcpConnection c : new TcpConnection[] {client, server}) {
            assertThat(c.negotiated().sack()).isTrue();
            assertThat(c.negotiated().timestamps()).isTrue();
            assertThat(c.negotiated().windowScaling()).isTrue();
            assertThat(c.negotiated().sendShift()).isEqualTo(11);
            assertThat(c.mss()).isEqualTo(1448);
        }
    }

    @Test
    void optionsTheServerDoesNotSupportAreNotUsedByEitherSide() {
        TcpConfig plain = TcpConfig.defaults().toBuilder().sack(false).timestamps(false).windowScaling(false).build();
        TcpPair pair = new TcpPair(TcpConfig.defaults(), plain, Time.millis(10));
        TcpConnection client = pair.established();

        Packet synAck = pair.serverSent().get(0);
        assertThat(synAck.tcp().options()).containsExactly(new MaxSegmentSize(1460));
        assertThat(client.negotiated().sack()).isFalse();
        assertThat(client.negotiated().timestamps()).isFalse();
        assertThat(client.negotiated().windowScaling()).isFalse();
        assertThat(client.mss()).isEqualTo(1460);
        assertThat(pair.clientSent().get(1).tcp().options()).isEmpty();
    }

    @Test
    void synAckOnlyEchoesOptionsTheClientOffered() {
        TcpConfig noTs = TcpConfig.defaults().toBuilder().timestamps(false).build();
        TcpPair pair = new TcpPair(noTs, TcpConfig.defaults(), Time.millis(10));
        pair.established();

        Packet synAck = pair.serverSent().get(0);
        assertThat(synAck.tcp().find(Timestamps.class)).isEmpty();
        assertThat(synAck.tcp().find(SackPermitted.class)).isPresent();
        assertThat(pair.serverConnection().negotiated().timestamps()).isFalse();
    }

    @Test
    void smallerMtuOnOneSideLimitsTheSegmentSizeOfBoth() {
        TestWire wire = new TestWire(3, 1000);
        TcpStack client = new TcpStack(wire.client, TcpConfig.defaults());
        TcpStack server = new TcpStack(wire.server, TcpConfig.defaults());
        server.listen(80, s -> null);
        TcpConnection c = (TcpConnection) client.connect(null, wire.server.address(), 80, null);
        wire.runUntil(Time.millis(100));

        assertThat(wire.toServer.sent.get(0).tcp().find(MaxSegmentSize.class)).contains(new MaxSegmentSize(960));
        assertThat(c.mss()).isEqualTo(948);
    }

    @Test
    void synToClosedPortIsAnsweredWithRstAckAndTheClientIsRefused() {
        TcpPair pair = new TcpPair();
        TcpConnection c = (TcpConnection) pair.client.connect(null, pair.wire.server.address(), 81, pair.clientApp);
        pair.run(Time.millis(100));

        Packet syn = pair.clientSent().get(0);
        Packet rst = pair.serverSent().get(0);
        assertThat(rst.tcp().flags()).isEqualTo(TcpFlags.RST | TcpFlags.ACK);
        assertThat(rst.tcp().seq()).isZero();
        assertThat(rst.tcp().ack()).isEqualTo(syn.tcp().seq() + 1);
        assertThat(c.state()).isEqualTo(TcpState.CLOSED);
        assertThat(pair.clientApp.events).containsExactly("reset");
        assertThat(pair.clientApp.resetReason).contains("refused");
        assertThat(pair.server.resetsSent()).isEqualTo(1);
    }

    @Test
    void unansweredSynIsRetransmittedWithBackoffThenAbandoned() {
        TcpConfig config = TcpConfig.defaults().toBuilder().synRetries(3).build();
        TcpPair pair = new TcpPair(config);
        pair.wire.toServer.down = true;
        TcpConnection c = pair.connect();
        pair.run(Time.seconds(30));

        assertThat(pair.wire.toServer.sentTimes).containsExactly(0L, Time.seconds(1), Time.seconds(3), Time.seconds(7));
        assertThat(c.state()).isEqualTo(TcpState.CLOSED);
        assertThat(pair.clientApp.resetReason).startsWith("SYN: 3 retransmissions");
    }

    @Test
    void lostSynAckIsRecoveredByTheRetransmittedSyn() {
        TcpPair pair = new TcpPair();
        int[] synAcks = {0};
        pair.wire.toClient.dropIf = p -> p.tcp().hasFlag(TcpFlags.SYN) && synAcks[0]++ == 0;
        TcpConnection c = pair.connect();
        pair.run(Time.seconds(2));

        assertThat(c.state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(pair.serverConnection().state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(pair.clientApp.connectedAt).isBetween(Time.seconds(1), Time.millis(1030));
    }

    @Test
    void ephemeralPortsComeFromTheDynamicRange() {
        TcpPair pair = new TcpPair();
        TcpConnection a = pair.connect();
        TcpConnection b = pair.connect();

        assertThat(a.flow().srcPort()).isBetween(TcpStack.EPHEMERAL_LOW, TcpStack.EPHEMERAL_HIGH);
        assertThat(b.flow().srcPort()).isBetween(TcpStack.EPHEMERAL_LOW, TcpStack.EPHEMERAL_HIGH);
        assertThat(a.flow().srcPort()).isNotEqualTo(b.flow().srcPort());
    }
}
