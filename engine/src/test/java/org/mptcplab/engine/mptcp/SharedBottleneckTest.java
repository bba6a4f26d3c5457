package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * Given an MPTCP connection with two subflows and a TCP connection that share one 10 Mbit/s
 * bottleneck, when both upload for a minute, then with LIA (RFC 6356 goal 2, "do no harm") the
 * MPTCP connection takes about one TCP share, and without coupling about two.
 * <pre>
 *   mptcp-client 10.0.1.1 --\                     /-- 10.0.2.1 server
 *                            ra == 10 Mbit/s == rb
 *   tcp-client   10.0.5.1 --/                     \-- 10.0.3.1 server
 * </pre>
 * The bottleneck is a drop-tail queue of 25 packets plus 0.1 % random loss. Without the random part,
 * a deterministic drop-tail queue locks flows into phase patterns (Floyd and Jacobson, 1992) that,
 * not the congestion control, decide who loses; the random losses play the role RED would. Each
 * ratio is the mean over three seeds, the TCP flow starting a little later in each.
 */
class SharedBottleneckTest {
    private static final IpAddress M = IpAddress.parse("10.0.1.1");
    private static final IpAddress T = IpAddress.parse("10.0.5.1");
    private static final IpAddress S1 = IpAddress.parse("10.0.2.1");
    private static final IpAddress S2 = IpAddress.parse("10.0.3.1");

    private static double meanRatio(Coupling coupling) {
        double sum = 0;
        for (long seed = 1; seed <= 3; seed++) {
            sum += ratio(coupling, seed);
        }
        return sum / 3;
    }

    /** Goodput ratio MPTCP / TCP over 60 s after 5 s of warm-up. */
    private static double ratio(Coupling coupling, long seed) {
        Simulator sim = new Simulator(seed);
        Network net = new Network(sim, new TraceBus());
        Host m = net.addHost("mptcp-client");
        Host t = net.addHost("tcp-client");
        Host s = net.addHost("server");
        Router ra = net.addRouter("ra");
        Router rb = net.addRouter("rb");
        LinkConfig access = LinkConfig.of(1_000_000_000L, Time.millis(1)).withQueueLimitPackets(1000);
        LinkConfig bottleneck = LinkConfig.of(10_000_000L, Time.millis(5)).withQueueLimitPackets(25).withLoss(0.001);
        Link lm = net.connect(m, M, ra, ip("10.0.1.254"), access);
        Link lt = net.connect(t, T, ra, ip("10.0.5.254"), access);
        Link core = net.connect(ra, null, rb, null, bottleneck);
        Link ls1 = net.connect(rb, ip("10.0.2.254"), s, S1, access);
        Link ls2 = net.connect(rb, ip("10.0.3.254"), s, S2, access);
        m.routes().add(prefix("0.0.0.0/0"), lm.a());
        t.routes().add(prefix("0.0.0.0/0"), lt.a());
        s.routes().add(prefix("0.0.0.0/0"), ls1.b());
        ra.routes().add(prefix("10.0.1.0/24"), lm.b());
        ra.routes().add(prefix("10.0.5.0/24"), lt.b());
        ra.routes().add(prefix("10.0.0.0/8"), core.a());
        rb.routes().add(prefix("10.0.2.0/24"), ls1.a());
        rb.routes().add(prefix("10.0.3.0/24"), ls2.a());
        rb.routes().add(prefix("10.0.0.0/8"), core.b());

        MptcpConfig config = MptcpConfig.defaults().toBuilder().coupling(coupling).build();
        MptcpStack mptcpClient = MptcpStack.install(m, TcpConfig.defaults(), config,
                InKernelPathManager.withoutEndpoints());
        MptcpStack server = MptcpStack.install(s, TcpConfig.defaults(), config,
                new InKernelPathManager(List.of(Endpoint.signal(S2))));
        TcpStack tcpClient = new TcpStack(t, TcpConfig.defaults());
        List<Sink> mptcpSinks = new ArrayList<>();
        List<Sink> tcpSinks = new ArrayList<>();
        server.listen(80, Sink.accepting(mptcpSinks));
        server.listen(81, Sink.accepting(tcpSinks));
        MptcpConnection mc = mptcpClient.connect(null, S1, 80, new Sink());
        mc.write(1L << 40);
        sim.schedule(Time.millis(13 * seed), () -> tcpClient.connect(null, S1, 81, new Sink()).write(1L << 40));
        sim.runUntil(Time.seconds(5));
        assertThat(mc.paths().subflows()).hasSize(2);
        Sink mptcp = mptcpSinks.get(0);
        Sink tcp = tcpSinks.get(0);
        long mptcpBefore = mptcp.received;
        long tcpBefore = tcp.received;
        sim.runUntil(Time.seconds(65));
        assertThat(mptcp.intact()).isTrue();
        assertThat(tcp.intact()).isTrue();
        return (double) (mptcp.received - mptcpBefore) / (tcp.received - tcpBefore);
    }

    @Test
    void withLiaTheTwoSubflowsTogetherTakeAboutOneTcpShare() {
        assertThat(meanRatio(Coupling.LIA)).isBetween(0.6, 1.3);
    }

    @Test
    void uncoupledTheTwoSubflowsTakeAboutTwoTcpShares() {
        assertThat(meanRatio(Coupling.UNCOUPLED)).isGreaterThan(1.6);
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }

    private static IpPrefix prefix(String text) {
        return IpPrefix.parse(text);
    }
}
