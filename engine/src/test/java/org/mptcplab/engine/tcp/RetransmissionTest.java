package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.CongestionEvent;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Sack;

class RetransmissionTest {

    private static List<Long> dataSendTimes(TestWire.Direction d) {
        java.util.ArrayList<Long> times = new java.util.ArrayList<>();
        for (int i = 0; i < d.sent.size(); i++) {
            if (d.sent.get(i).payloadLength() > 0) {
                times.add(d.sentTimes.get(i));
            }
        }
        return times;
    }

    @Test
    void rtoBacksOffExponentiallyOnADeadPathThenAbortsWithAReason() {
        TcpConfig config = TcpConfig.defaults().toBuilder().dataRetries(4).build();
        TcpPair pair = new TcpPair(config);
        TcpConnection client = pair.established();
        long srtt = client.srtt();
        pair.wire.toServer.down = true;

        client.write(100);
        long start = pair.wire.sim.now();
        pair.run(Time.seconds(60));

        List<Long> times = dataSendTimes(pair.wire.toServer);
        assertThat(times).hasSize(5);
        long rto = Math.max(config.minRto(), srtt + Math.max(config.clockGranularity(), 4 * (srtt / 2)));
        assertThat(times.get(0)).isEqualTo(start);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isEqualTo(rto << (i - 1));
        }
        assertThat(client.state()).isEqualTo(TcpState.CLOSED);
        assertThat(pair.clientApp.resetReason).isEqualTo("RTO: 4 retransmissions without answer");
    }

    @Test
    void threeDuplicateAcksTriggerFastRetransmitWithoutSack() {
        TcpConfig noSack = TcpConfig.defaults().toBuilder().sack(false).build();
        TcpPair pair = new TcpPair(noSack);
        List<CongestionEvent> cc = new java.util.ArrayList<>();
        pair.wire.trace.add(e -> {
            if (e instanceof CongestionEvent c) {
                cc.add(c);
            }
        });
        TcpConnection client = pair.established();
        int[] n = {0};
        pair.wire.toServer.dropIf = p -> p.payloadLength() > 0 && n[0]++ == 2;

        client.write(10 * 1448);
        pair.run(Time.millis(150));

        List<Packet> data = TcpPair.matching(pair.clientSent(), TcpPair::isData);
        assertThat(data).hasSize(11);
        assertThat(data.get(10).tcp().seq()).isEqualTo(data.get(2).tcp().seq());
        List<Packet> acks = pair.serverSent().subList(1, pair.serverSent().size());
        int lostSeq = data.get(2).tcp().seq();
        long dupAcks = acks.stream().filter(p -> p.tcp().ack() == lostSeq).count();
        assertThat(dupAcks).isGreaterThanOrEqualTo(4);
        long retransmitAt = pair.wire.toServer.sentTimes.get(pair.clientSent().indexOf(data.get(10)));
        assertThat(retransmitAt - pair.wire.toServer.sentTimes.get(pair.clientSent().indexOf(data.get(2))))
                .isLessThan(client.rto());
        assertThat(cc).anyMatch(e -> e.cause().equals("fast-retransmit"));
        assertThat(pair.serverApp.received).isEqualTo(10 * 1448);
        assertThat(pair.serverApp.intact()).isTrue();
    }

    @Test
    void withSackOnlyTheLostSegmentsAreRetransmitted() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        int[] n = {0};
        pair.wire.toServer.dropIf = p -> p.payloadLength() > 0 && (n[0] == 3 || n[0] == 6) & n[0]++ >= 0;

        client.write(10 * 1448);
        pair.run(Time.millis(150));

        List<Packet> data = TcpPair.matching(pair.clientSent(), TcpPair::isData);
        assertThat(data).hasSize(12);
        assertThat(data.subList(10, 12)).extracting(p -> p.tcp().seq())
                .containsExactly(data.get(3).tcp().seq(), data.get(6).tcp().seq());
        assertThat(pair.serverSent()).anyMatch(p -> p.tcp().find(Sack.class).isPresent());
        assertThat(pair.serverApp.received).isEqualTo(10 * 1448);
        assertThat(pair.serverApp.intact()).isTrue();
    }

    @Test
    void aLostRetransmissionIsRecoveredByTimeout() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        int[] n = {0};
        pair.wire.toServer.dropIf = p -> p.payloadLength() > 0 && (n[0] == 0 || n[0] == 10) & n[0]++ >= 0;

        client.write(10 * 1448);
        pair.run(Time.seconds(2));

        List<Packet> data = TcpPair.matching(pair.clientSent(), TcpPair::isData);
        assertThat(data.get(11).tcp().seq()).isEqualTo(data.get(0).tcp().seq());
        assertThat(pair.serverApp.received).isEqualTo(10 * 1448);
        assertThat(client.bytesAcked()).isEqualTo(10 * 1448);
    }

    private static int newSegmentsBeforeFastRetransmit(boolean limitedTransmit) {
        TcpConfig config = TcpConfig.defaults().toBuilder().sack(false).delayedAckCount(1)
                .limitedTransmit(limitedTransmit).build();
        TcpPair pair = new TcpPair(config);
        TcpConnection client = pair.established();
        int[] n = {0};
        pair.wire.toServer.dropIf = p -> p.payloadLength() > 0 && n[0]++ == 2;
        client.write(20 * 1448);
        pair.run(Time.millis(150));

        List<Packet> data = TcpPair.matching(pair.clientSent(), TcpPair::isData);
        int lost = data.get(2).tcp().seq();
        int retransmission = -1;
        for (int i = 3; i < data.size() && retransmission < 0; i++) {
            if (data.get(i).tcp().seq() == lost) {
                retransmission = i;
            }
        }
        // Segments 0..13: the initial window, then two per ACK of segments 0 and 1 (slow start).
        return retransmission - 14;
    }

    @Test
    void limitedTransmitSendsOneNewSegmentOnEachOfTheFirstTwoDuplicateAcks() {
        assertThat(newSegmentsBeforeFastRetransmit(true)).isEqualTo(2);
        assertThat(newSegmentsBeforeFastRetransmit(false)).isZero();
    }
}
