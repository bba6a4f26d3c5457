package org.mptcplab.engine.mptcp;

import java.util.List;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.Node;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * The test topology: a client and a server around one middlebox router.
 * <pre>
 *   client eth0 10.0.1.1 ---- mb ---- 10.0.2.1 eth0 server
 *   client eth1 10.0.4.1 ----    ---- 10.0.3.1 eth1 server
 * </pre>
 * Every link has the same configuration. Hosts route by destination only: the client reaches S1 over
 * its eth0 and S2 over eth1, the server reaches C1 over its eth0 and C2 over eth1. So a subflow C1-S2
 * goes out over the client's eth1 and comes back over the server's eth0.
 */
final class Lab {
    static final IpAddress C1 = IpAddress.parse("10.0.1.1");
    static final IpAddress C2 = IpAddress.parse("10.0.4.1");
    static final IpAddress S1 = IpAddress.parse("10.0.2.1");
    static final IpAddress S2 = IpAddress.parse("10.0.3.1");
    static final int PORT = 80;

    final Simulator sim;
    final TraceBus trace = new TraceBus();
    final TraceRecorder recorder = new TraceRecorder();
    final Network net;
    final Host client;
    final Host server;
    final Middlebox mb;
    final Link clientLink1;
    final Link clientLink2;
    final Link serverLink1;
    final Link serverLink2;

    Lab(long seed, LinkConfig links, boolean record) {
        sim = new Simulator(seed);
        if (record) {
            trace.add(recorder);
        }
        net = new Network(sim, trace);
        client = net.addHost("client");
        server = net.addHost("server");
        mb = net.addNode(new Middlebox(net, "mb"));
        clientLink1 = net.connect(client, C1, mb, ip("10.0.1.254"), links);
        serverLink1 = net.connect(mb, ip("10.0.2.254"), server, S1, links);
        serverLink2 = net.connect(mb, ip("10.0.3.254"), server, S2, links);
        clientLink2 = net.connect(client, C2, mb, ip("10.0.4.254"), links);
        client.routes().add(prefix("10.0.2.0/24"), clientLink1.a());
        client.routes().add(prefix("10.0.3.0/24"), clientLink2.a());
        server.routes().add(prefix("10.0.1.0/24"), serverLink1.b());
        server.routes().add(prefix("10.0.4.0/24"), serverLink2.b());
        mb.routes().add(prefix("10.0.1.0/24"), clientLink1.b());
        mb.routes().add(prefix("10.0.4.0/24"), clientLink2.b());
        mb.routes().add(prefix("10.0.2.0/24"), serverLink1.a());
        mb.routes().add(prefix("10.0.3.0/24"), serverLink2.a());
    }

    /** 100 Mbit/s, 5 ms links, recording the trace. */
    Lab() {
        this(1, LinkConfig.of(100_000_000L, Time.millis(5)), true);
    }

    MptcpStack mptcp(Host host, MptcpConfig config, PathManager pm) {
        return MptcpStack.install(host, TcpConfig.defaults(), config, pm);
    }

    void runFor(long nanos) {
        sim.runUntil(sim.now() + nanos);
    }

    List<SubflowEvent> subflowEvents(String node) {
        return recorder.ofType(SubflowEvent.class).stream().filter(e -> e.node().equals(node)).toList();
    }

    List<AddAddrEvent> addAddrEvents(String node) {
        return recorder.ofType(AddAddrEvent.class).stream().filter(e -> e.node().equals(node)).toList();
    }

    /** Packets {@code node} sent, oldest first. */
    List<PacketEvent> sent(Node node) {
        return recorder.ofType(PacketEvent.class).stream()
                .filter(e -> e.node().equals(node.name()) && e.kind() == PacketEvent.Kind.SENT).toList();
    }

    static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }

    static IpPrefix prefix(String text) {
        return IpPrefix.parse(text);
    }
}
