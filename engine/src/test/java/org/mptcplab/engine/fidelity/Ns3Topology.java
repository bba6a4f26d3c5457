package org.mptcplab.engine.fidelity;

import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.LinkDirection;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.CongestionControls;
import org.mptcplab.engine.tcp.RecoveryAlgorithm;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * The topology of the shared ns-3 baseline ({@code shared/bench/ns3/bulk.cc}) rebuilt with
 * {@code net.Network}: {@code client --[10 Gbit/s, 5 ms]-- router --[1 Gbit/s, 5 ms]-- server}, every
 * direction a drop-tail queue of 1000 packets and 2 bytes of PPP framing, random loss only on the
 * router-to-server direction (ns-3 puts its {@code RateErrorModel} on the server's receive side, so
 * data, SYN and FIN can be lost but never an ACK). Both hosts run a {@link TcpStack} configured by
 * {@link #ns3Tcp()}. Addresses follow ns-3's {@code Ipv4AddressHelper} order: 10.0.1.0/24 on the
 * access link, 10.0.2.0/24 on the bottleneck.
 */
final class Ns3Topology {
    /** Bottleneck rate, bit/s. */
    static final long BOTTLENECK_RATE = 1_000_000_000L;
    /** Access rate: ten times the bottleneck, as bulk.cc does by default. */
    static final long ACCESS_RATE = 10 * BOTTLENECK_RATE;
    /** One-way propagation delay of each link. */
    static final long LINK_DELAY = Time.millis(5);
    /** Base round-trip time (propagation only, two links each way). */
    static final long BASE_RTT = 4 * LINK_DELAY;
    /** DropTail queue size of every device, packets. */
    static final int QUEUE_PACKETS = 1000;
    /** ns-3's point-to-point header. */
    static final int PPP_FRAMING = 2;
    /** Payload bytes per segment: ns-3 SegmentSize 1448, here MTU 1500 - 40 - 12 bytes of timestamps. */
    static final int MSS = 1448;
    /** ns-3 SndBufSize = RcvBufSize. */
    static final long BUFFER = 64L << 20;

    final Simulator sim;
    final Network network;
    final Host client;
    final Router router;
    final Host server;
    final Link access;
    final Link bottleneck;
    final TcpStack clientTcp;
    final TcpStack serverTcp;

    /** Builds the topology for run {@code seed} with forward loss {@code loss} and the given TCP settings. */
    Ns3Topology(long seed, double loss, TcpConfig tcp) {
        sim = new Simulator(seed);
        network = new Network(sim, new TraceBus());
        client = network.addHost("client");
        router = network.addRouter("router");
        server = network.addHost("server");
        LinkConfig fast = link(ACCESS_RATE);
        LinkConfig slow = link(BOTTLENECK_RATE);
        access = network.connect(client, ip("10.0.1.1"), router, ip("10.0.1.2"), fast);
        bottleneck = network.connect(router, ip("10.0.2.1"), server, ip("10.0.2.2"), slow.withLoss(loss), slow);
        client.routes().add(IpPrefix.parse("0.0.0.0/0"), access.a());
        router.routes().add(IpPrefix.parse("10.0.1.0/24"), access.b());
        router.routes().add(IpPrefix.parse("10.0.2.0/24"), bottleneck.a());
        server.routes().add(IpPrefix.parse("0.0.0.0/0"), bottleneck.b());
        clientTcp = new TcpStack(client, tcp);
        serverTcp = new TcpStack(server, tcp);
    }

    /** Builds the topology with {@link #ns3Tcp()}. */
    Ns3Topology(long seed, double loss) {
        this(seed, loss, ns3Tcp());
    }

    private static LinkConfig link(long rate) {
        return new LinkConfig(rate, LINK_DELAY, 0.0, QUEUE_PACKETS, 0, PPP_FRAMING);
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }

    /**
     * TCP as bulk.cc configures ns-3 3.37, every knob spelled out so a change of the engine's defaults
     * cannot silently change the comparison: NewReno (one MSS per ACK in slow start, as ns-3), PRR
     * recovery, SACK, timestamps, window scaling, delayed ACK every 2nd segment or 200 ms, initial window
     * 10, min RTO 1 s, SYN RTO 3 s (ns-3 ConnTimeout), 1 ms clock granularity, limited transmit,
     * dupack threshold 3, 64 MiB buffers, MSS from the 1500-byte MTU (1460, 1448 with timestamps).
     */
    static TcpConfig ns3Tcp() {
        return TcpConfig.defaults().toBuilder()
                .maxSegmentSize(0)
                .sack(true)
                .timestamps(true)
                .windowScaling(true)
                .receiveBuffer(BUFFER)
                .initialCwndSegments(10)
                .delayedAckCount(2)
                .delayedAckTimeout(Time.millis(200))
                .initialRto(Time.seconds(3))
                .minRto(Time.SECOND)
                .clockGranularity(Time.MILLISECOND)
                .congestionControl(CongestionControls.newReno())
                .recovery(RecoveryAlgorithm.PRR)
                .limitedTransmit(true)
                .dupAckThreshold(3)
                .build();
    }

    /** Packets the random loss model dropped on the bottleneck (ns-3's {@code loss_drops}). */
    long lossDrops() {
        return bottleneck.ab().drops().count(DropReason.RANDOM_LOSS);
    }

    /** Drop-tail overflows on every link direction (ns-3's {@code queue_drops}). */
    long queueDrops() {
        long n = 0;
        for (Link l : network.links()) {
            for (LinkDirection d : new LinkDirection[] {l.ab(), l.ba()}) {
                n += d.drops().count(DropReason.QUEUE_FULL);
            }
        }
        return n;
    }

    /** Packets the client put on the access link (ns-3's {@code client_tx_pkts}, retransmissions included). */
    long clientPackets() {
        return access.ab().packetsSent();
    }
}
