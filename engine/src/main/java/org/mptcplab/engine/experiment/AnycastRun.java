package org.mptcplab.engine.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mptcplab.engine.apps.BulkSender;
import org.mptcplab.engine.apps.ReconnectingClient;
import org.mptcplab.engine.lb.EcmpSelector;
import org.mptcplab.engine.lb.HashInput;
import org.mptcplab.engine.lb.RouteAnnouncer;
import org.mptcplab.engine.mptcp.InKernelPathManager;
import org.mptcplab.engine.mptcp.MptcpConfig;
import org.mptcplab.engine.mptcp.MptcpStack;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.tcp.StreamTransport;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/** Builds and runs one anycast simulation: a pure function of (setup, variant, seed). */
final class AnycastRun {
    private static final IpAddress ANYCAST = IpAddress.parse("1.2.3.4");
    private static final String[] SERVER_NETS = {"5.6.7", "8.9.10", "11.12.13"};

    private final AnycastSetup setup;
    private final AnycastVariant variant;
    private final long seed;
    private final Simulator sim;
    private final Network net;
    private final List<TcpStack> stacks = new ArrayList<>();
    private final List<Link> serverLinks = new ArrayList<>();
    private final List<ReconnectingClient> clients = new ArrayList<>();

    AnycastRun(AnycastSetup setup, AnycastVariant variant, long seed) {
        this(setup, variant, seed, new TraceBus());
    }

    /** With a caller's trace bus: tests attach a filtering sink to explain a result; batch runs attach none. */
    AnycastRun(AnycastSetup setup, AnycastVariant variant, long seed, TraceBus trace) {
        this.setup = setup;
        this.variant = variant;
        this.seed = seed;
        this.sim = new Simulator(seed);
        this.net = new Network(sim, trace);
    }

    AnycastResult run() {
        Host client = net.addHost("client");
        Router r = net.addRouter("r");
        LinkConfig core = LinkConfig.of(setup.coreRate(), setup.clientDelay()).withQueueLimitPackets(setup.queuePackets());
        LinkConfig edge = LinkConfig.of(setup.serverRate(), setup.serverDelay()).withQueueLimitPackets(setup.queuePackets());
        Link cr = net.connect(client, IpAddress.parse("10.0.0.1"), r, IpAddress.parse("10.0.0.254"), core);
        client.routes().add(IpPrefix.parse("0.0.0.0/0"), cr.a());
        r.routes().add(IpPrefix.parse("10.0.0.0/24"), cr.b());
        IpPrefix anycast = IpPrefix.host(ANYCAST);
        RouteAnnouncer announcer = new RouteAnnouncer(r, anycast, setup.convergence());
        Map<NextHop, String> serverOfHop = new LinkedHashMap<>();
        announcer.useSelector(EcmpSelector.hashThreshold(r, HashInput.L4).named(serverOfHop::get));
        for (int i = 0; i < AnycastSetup.SERVERS; i++) {
            String name = "s" + (i + 1);
            Host s = net.addHost(name);
            IpAddress unique = IpAddress.parse(SERVER_NETS[i] + ".2");
            Link rs = net.connect(r, IpAddress.parse(SERVER_NETS[i] + ".1"), s, unique, edge);
            s.addLocalAddress(ANYCAST);
            s.routes().add(IpPrefix.parse("0.0.0.0/0"), rs.b());
            r.routes().add(IpPrefix.parse(SERVER_NETS[i] + ".0/24"), rs.a());
            NextHop hop = new NextHop(rs.a(), unique);
            serverOfHop.put(hop, name);
            announcer.addSpeaker(name, hop);
            serverLinks.add(rs);
            BulkSender.serve(serverTransport(s, unique), "serve", AnycastSetup.PORT, BulkSender.UNLIMITED, null);
        }
        StreamTransport clientTransport = clientTransport(client);
        for (int i = 0; i < setup.clients(); i++) {
            ReconnectingClient c = new ReconnectingClient(clientTransport, "c" + (i + 1), ANYCAST, AnycastSetup.PORT,
                    setup.reconnectDelay());
            clients.add(c);
            sim.scheduleAt(setup.startSpread() * i / setup.clients(), c::start);
        }
        List<RouteEvent> schedule = setup.schedule();
        for (RouteEvent e : schedule) {
            if (e.withdrawn()) {
                announcer.withdrawAt(e.server(), e.time());
            } else {
                announcer.announceAt(e.server(), e.time());
            }
        }
        return sampleUntilEnd(schedule);
    }

    private AnycastResult sampleUntilEnd(List<RouteEvent> schedule) {
        CounterSampler sampler = new CounterSampler(sim, setup.bin(), setup.bins());
        int goodput = sampler.add(this::bytesReceived);
        int resets = sampler.add(this::resetsSent);
        int[] perServer = new int[serverLinks.size()];
        for (int i = 0; i < perServer.length; i++) {
            Link l = serverLinks.get(i);
            perServer[i] = sampler.add(() -> l.ba().bytesSent());
        }
        sampler.start();
        sim.runUntil(setup.bins() * setup.bin());
        long[][] servers = new long[perServer.length][];
        for (int i = 0; i < perServer.length; i++) {
            servers[i] = sampler.series(perServer[i]);
        }
        long connections = 0;
        boolean intact = true;
        for (ReconnectingClient c : clients) {
            connections += c.connections();
            intact &= c.report().intact();
        }
        return new AnycastResult(variant, seed, setup.bin(), sampler.series(goodput), sampler.series(resets), servers,
                schedule, connections, intact, sim.executedEvents());
    }

    private long bytesReceived() {
        long n = 0;
        for (ReconnectingClient c : clients) {
            n += c.bytesReceived();
        }
        return n;
    }

    private long resetsSent() {
        long n = 0;
        for (TcpStack t : stacks) {
            n += t.resetsSent();
        }
        return n;
    }

    private StreamTransport serverTransport(Host s, IpAddress unique) {
        TcpStack tcp = new TcpStack(s, setup.tcp());
        stacks.add(tcp);
        if (variant == AnycastVariant.TCP) {
            return tcp;
        }
        return FixedServer.on(tcp, unique);
    }

    private StreamTransport clientTransport(Host client) {
        TcpStack tcp = new TcpStack(client, setup.tcp());
        stacks.add(tcp);
        if (variant == AnycastVariant.TCP) {
            return tcp;
        }
        return new MptcpStack(tcp, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
    }
}
