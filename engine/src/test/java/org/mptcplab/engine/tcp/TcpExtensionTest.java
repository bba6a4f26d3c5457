package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.MpTcpRst;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.Timestamps;
import org.mptcplab.engine.wire.UnknownOption;

/** The hooks MPTCP builds on: options, veto, life cycle, chunks, SYN interception. */
class TcpExtensionTest {

    /** Adds an experimental option of {@code size} bytes to every segment and records what it saw. */
    static class Probe implements TcpExtension {
        final int size;
        final List<OutgoingSegment> out = new ArrayList<>();
        final List<String> life = new ArrayList<>();
        final List<Packet> in = new ArrayList<>();
        boolean veto;

        Probe(int size) {
            this.size = size;
        }

        @Override
        public void addOptions(TcpConnection c, OutgoingSegment segment, List<TcpOption> options) {
            out.add(segment);
            options.add(new UnknownOption(253, new byte[size - 2]));
        }

        @Override
        public int dataOptionBytes(TcpConnection c) {
            return size;
        }

        @Override
        public boolean onSegment(TcpConnection c, Packet p) {
            in.add(p);
            return !veto;
        }

        @Override
        public void onEstablished(TcpConnection c) {
            life.add("established");
        }

        @Override
        public void onClosed(TcpConnection c, String reason) {
            life.add("closed");
        }

        @Override
        public void onReset(TcpConnection c, String reason) {
            life.add("reset:" + reason);
        }
    }

    private static TcpConnection connect(TcpPair pair, TcpExtension ext) {
        return pair.client.connect(null, 0, pair.wire.server.address(), TcpPair.PORT, pair.clientApp, ext);
    }

    @Test
    void extensionOptionsGoOnEverySegmentAndTakePrecedenceOverTimestampsInTheSyn() {
        TcpPair pair = new TcpPair();
        Probe probe = new Probe(28);
        TcpConnection c = connect(pair, probe);
        pair.run(Time.millis(100));
        c.write(1000);
        pair.run(Time.millis(100));

        assertThat(pair.clientSent()).allMatch(p -> p.tcp().find(UnknownOption.class).isPresent());
        Packet syn = pair.clientSent().get(0);
        assertThat(syn.tcp().find(Timestamps.class)).isEmpty();
        assertThat(syn.tcp().optionsLength()).isEqualTo(40);
        assertThat(c.negotiated().timestamps()).isFalse();
        assertThat(c.negotiated().sack()).isTrue();
        assertThat(probe.out.get(0).has(TcpFlags.SYN)).isTrue();
        assertThat(probe.life).containsExactly("established");
    }

    @Test
    void timestampsOnDataSegmentsMakeWayForALargeExtensionOption() {
        TcpPair pair = new TcpPair();
        Probe probe = new Probe(32) {
            @Override
            public void addOptions(TcpConnection c, OutgoingSegment segment, List<TcpOption> options) {
                if (segment.payloadLength() > 0) {
                    options.add(new UnknownOption(253, new byte[size - 2]));
                }
            }
        };
        TcpConnection c = connect(pair, probe);
        pair.run(Time.millis(100));
        c.write(100);
        pair.run(Time.millis(100));

        assertThat(c.negotiated().timestamps()).isTrue();
        Packet data = TcpPair.matching(pair.clientSent(), TcpPair::isData).get(0);
        assertThat(data.tcp().find(Timestamps.class)).isEmpty();
        assertThat(data.tcp().find(UnknownOption.class)).isPresent();
        assertThat(pair.clientSent().get(1).tcp().find(Timestamps.class)).isPresent();
    }

    @Test
    void dataOptionBytesShrinkSegmentsSoPacketsStillFitTheMtu() {
        TcpPair pair = new TcpPair();
        TcpConnection c = connect(pair, new Probe(20));
        pair.run(Time.millis(100));
        c.write(5000);
        pair.run(Time.millis(100));

        assertThat(c.mss()).isEqualTo(1448 - 20);
        assertThat(TcpPair.matching(pair.clientSent(), TcpPair::isData))
                .allMatch(p -> p.wireLength() <= 1500)
                .first().satisfies(p -> assertThat(p.payloadLength()).isEqualTo(1428));
    }

    @Test
    void chunksAreNeverStraddledAndEachSegmentReportsItsChunkTagAndOffset() {
        TcpPair pair = new TcpPair();
        Probe probe = new Probe(4);
        TcpConnection c = connect(pair, probe);
        pair.run(Time.millis(100));
        c.pushChunk(new StreamPayload(99, 1000, 2000), "A");
        c.pushChunk(new StreamPayload(99, 3000, 500), "B");
        pair.run(Time.millis(100));

        List<OutgoingSegment> data = probe.out.stream().filter(s -> s.payloadLength() > 0).toList();
        assertThat(data).extracting(OutgoingSegment::chunkTag).containsExactly("A", "A", "B");
        assertThat(data).extracting(OutgoingSegment::chunkOffset).containsExactly(0L, 1444L, 0L);
        assertThat(data).extracting(OutgoingSegment::dataOffset).containsExactly(0L, 1444L, 2000L);
        assertThat(data).extracting(OutgoingSegment::payloadLength).containsExactly(1444, 556, 500);
        List<Packet> packets = TcpPair.matching(pair.clientSent(), TcpPair::isData);
        assertThat(packets.get(2).payload()).isEqualTo(new StreamPayload(99, 3000, 500));
        assertThat(pair.serverApp.received).isEqualTo(2500);
    }

    @Test
    void vetoedSegmentsAreNotProcessed() {
        TcpPair pair = new TcpPair();
        Probe probe = new Probe(4);
        TcpConnection c = connect(pair, probe);
        pair.run(Time.millis(100));
        probe.veto = true;
        pair.serverConnection().write(3000);
        pair.run(Time.millis(100));

        assertThat(probe.in).hasSizeGreaterThan(1);
        assertThat(pair.clientApp.received).isZero();
        assertThat(c.state()).isEqualTo(TcpState.ESTABLISHED);
    }

    @Test
    void anExtensionCanRefuseAHandshakeWithARstCarryingItsOptions() {
        TcpPair pair = new TcpPair();
        TcpExtension refuser = new TcpExtension() {
            @Override
            public boolean onSegment(TcpConnection c, Packet p) {
                if (p.tcp().hasFlag(TcpFlags.SYN)) {
                    c.abort(List.of(new MpTcpRst(0, 3)), "bad HMAC");
                    return false;
                }
                return true;
            }
        };
        TcpConnection c = connect(pair, refuser);
        pair.run(Time.millis(100));

        Packet rst = pair.clientSent().get(1);
        assertThat(rst.tcp().hasFlag(TcpFlags.RST)).isTrue();
        assertThat(rst.tcp().find(MpTcpRst.class)).contains(new MpTcpRst(0, 3));
        assertThat(c.state()).isEqualTo(TcpState.CLOSED);
        assertThat(pair.clientApp.resetReason).isEqualTo("bad HMAC");
        assertThat(pair.server.connections()).isEmpty();
    }

    @Test
    void lifeCycleHooksSeeEstablishmentAndGracefulClose() {
        TcpPair pair = new TcpPair();
        Probe probe = new Probe(4);
        TcpConnection c = connect(pair, probe);
        pair.run(Time.millis(100));
        c.close();
        pair.serverConnection().close();
        pair.run(Time.millis(100));

        assertThat(probe.life).containsExactly("established", "closed");
    }

    @Test
    void synInterceptorCanAcceptOnAPortWithoutListenerWithItsOwnExtension() {
        TcpPair pair = new TcpPair();
        Probe serverSide = new Probe(4);
        RecordingListener joined = new RecordingListener(pair.wire.sim::now);
        pair.server.setSynInterceptor((syn, listening) -> listening ? SynVerdict.pass()
                : new SynVerdict.Accept(serverSide, joined));
        TcpConnection c = pair.client.connect(null, 0, pair.wire.server.address(), 9999, pair.clientApp, null);
        pair.run(Time.millis(100));
        c.write(700);
        pair.run(Time.millis(300));

        assertThat(c.state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(serverSide.life).containsExactly("established");
        assertThat(serverSide.in.get(0).tcp().flags()).isEqualTo(TcpFlags.SYN);
        assertThat(joined.received).isEqualTo(700);
        assertThat(pair.serverApp.events).isEmpty();
    }

    @Test
    void synInterceptorCanRefuseWithOptionsOrDropSilently() {
        TcpPair pair = new TcpPair();
        pair.server.setSynInterceptor((syn, listening) -> syn.tcp().dstPort() == 7
                ? new SynVerdict.Refuse(List.of(new MpTcpRst(0, 1)), "unknown token")
                : new SynVerdict.Drop("quiet"));
        TcpConnection refused = pair.client.connect(null, 0, pair.wire.server.address(), 7, pair.clientApp, null);
        pair.client.connect(null, 0, pair.wire.server.address(), TcpPair.PORT, null, null);
        pair.run(Time.millis(100));

        assertThat(pair.serverSent()).hasSize(1);
        Packet rst = pair.serverSent().get(0);
        assertThat(rst.tcp().flags()).isEqualTo(TcpFlags.RST | TcpFlags.ACK);
        assertThat(rst.tcp().find(MpTcpRst.class)).contains(new MpTcpRst(0, 1));
        assertThat(refused.state()).isEqualTo(TcpState.CLOSED);
    }

    @Test
    void receivedDataReachesTheListenerWithItsSubflowOffset() {
        TcpPair pair = new TcpPair();
        List<long[]> seen = new ArrayList<>();
        TcpConnection c = pair.client.connect(null, 0, pair.wire.server.address(), TcpPair.PORT, new SocketListener() {
            @Override
            public void onData(StreamSocket s, long offset, Payload data) {
                seen.add(new long[] {offset, data.length()});
            }
        }, null);
        pair.run(Time.millis(100));
        pair.serverConnection().write(3000);
        pair.run(Time.millis(300));

        assertThat(seen).extracting(x -> x[0]).containsExactly(0L, 1448L, 2896L);
        assertThat(c.bytesDelivered()).isEqualTo(3000);
    }
}
