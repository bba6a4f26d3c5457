package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Sack;
import org.mptcplab.engine.wire.WindowScale;

class AckAndWindowTest {

    private static long sentAt(TestWire.Direction d, Packet p) {
        return d.sentTimes.get(d.sent.indexOf(p));
    }

    @Test
    void aLoneSegmentIsAcknowledgedWhenTheDelayedAckTimerFires() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        int before = pair.serverSent().size();

        client.write(100);
        long sent = pair.wire.sim.now();
        pair.run(Time.millis(500));

        Packet ack = pair.serverSent().get(before);
        assertThat(sentAt(pair.wire.toClient, ack) - sent).isEqualTo(Time.millis(10) + Time.millis(200));
        assertThat(ack.tcp().ack()).isEqualTo(client.iss() + 1 + 100);
    }

    @Test
    void everySecondFullSegmentIsAcknowledgedAtOnce() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        int before = pair.serverSent().size();

        client.write(2 * 1448);
        long sent = pair.wire.sim.now();
        pair.run(Time.millis(500));

        List<Packet> acks = pair.serverSent().subList(before, pair.serverSent().size());
        assertThat(acks).hasSize(1);
        assertThat(sentAt(pair.wire.toClient, acks.get(0)) - sent).isEqualTo(Time.millis(10));
    }

    @Test
    void delayedAckCountOfOneAcknowledgesEverySegment() {
        TcpConfig quick = TcpConfig.defaults().toBuilder().delayedAckCount(1).build();
        TcpPair pair = new TcpPair(quick);
        TcpConnection client = pair.established();
        int before = pair.serverSent().size();

        client.write(4 * 1448);
        pair.run(Time.millis(15));

        assertThat(pair.serverSent().size() - before).isEqualTo(4);
    }

    @Test
    void anOutOfOrderSegmentIsAcknowledgedAtOnceWithASackBlock() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        int before = pair.serverSent().size();
        int[] n = {0};
        pair.wire.toServer.dropIf = p -> p.payloadLength() > 0 && n[0]++ == 0;

        client.write(2 * 1448);
        long sent = pair.wire.sim.now();
        pair.run(Time.millis(15));

        Packet ack = pair.serverSent().get(before);
        assertThat(sentAt(pair.wire.toClient, ack) - sent).isEqualTo(Time.millis(10));
        assertThat(ack.tcp().ack()).isEqualTo(client.iss() + 1);
        Sack sack = ack.tcp().find(Sack.class).orElseThrow();
        assertThat(sack.blocks()).hasSize(1);
        assertThat(sack.blocks().get(0).left()).isEqualTo(client.iss() + 1 + 1448);
        assertThat(sack.blocks().get(0).right()).isEqualTo(client.iss() + 1 + 2 * 1448);
    }

    @Test
    void windowScalingShiftsTheAdvertisedWindow() {
        TcpConfig oneMiB = TcpConfig.defaults().toBuilder().receiveBuffer(1 << 20).build();
        TcpPair pair = new TcpPair(TcpConfig.defaults(), oneMiB, Time.millis(10));
        TcpConnection client = pair.established();

        Packet synAck = pair.serverSent().get(0);
        assertThat(synAck.tcp().find(WindowScale.class)).contains(new WindowScale(5));
        assertThat(synAck.tcp().window()).isEqualTo(0xFFFF);
        client.write(1000);
        pair.run(Time.millis(500));
        Packet ack = pair.serverSent().get(pair.serverSent().size() - 1);
        assertThat(ack.tcp().window()).isEqualTo((1 << 20) >> 5);
        assertThat(client.negotiated().sendShift()).isEqualTo(5);
        assertThat(client.sendSpace()).isLessThanOrEqualTo(1 << 20);
    }

    @Test
    void zeroWindowIsProbedAndTheTransferResumesWhenTheReaderDoes() {
        TcpConfig small = TcpConfig.defaults().toBuilder().receiveBuffer(20_000).build();
        TcpPair pair = new TcpPair(TcpConfig.defaults(), small, Time.millis(10));
        TcpConnection client = pair.established();
        TcpConnection server = pair.serverConnection();
        server.setReceivePaused(true);

        client.write(100_000);
        pair.run(Time.seconds(3));

        assertThat(pair.serverApp.received).isZero();
        assertThat(pair.serverSent().stream().anyMatch(p -> p.tcp().window() == 0)).isTrue();
        long probes = pair.clientSent().stream().filter(p -> p.payloadLength() == 1).count();
        assertThat(probes).isGreaterThanOrEqualTo(2);
        assertThat(client.state()).isEqualTo(TcpState.ESTABLISHED);

        server.setReceivePaused(false);
        pair.run(Time.seconds(5));

        assertThat(pair.serverApp.received).isEqualTo(100_000);
        assertThat(pair.serverApp.intact()).isTrue();
    }

    @Test
    void theSenderNeverExceedsTheReceiveWindow() {
        TcpConfig small = TcpConfig.defaults().toBuilder().receiveBuffer(5 * 1448).windowScaling(false).build();
        TcpPair pair = new TcpPair(TcpConfig.defaults(), small, Time.millis(10));
        TcpConnection client = pair.established();

        client.write(50 * 1448);
        pair.run(Time.millis(5));

        long inFlight = TcpPair.matching(pair.clientSent(), TcpPair::isData).size();
        assertThat(inFlight).isEqualTo(5);
        pair.run(Time.seconds(2));
        assertThat(pair.serverApp.received).isEqualTo(50 * 1448);
    }
}
