package org.mptcplab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.lb.Backend;
import org.mptcplab.engine.lb.Forwarding;
import org.mptcplab.engine.lb.LoadBalancer;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * The L4LB topology of {@link L4lbSetup} for one point and seed, with no trace sink attached (batch
 * runs keep no per-packet records).
 */
final class L4lbNetwork {
    static final IpAddress VIP = IpAddress.parse("1.2.3.4");
    static final IpAddress CLIENT = IpAddress.parse("10.0.0.1");
    static final IpAddress CLIENT_SECOND = IpAddress.parse("10.0.0.2");
    private static final String[] SERVER_NETS = {"5.6.7", "8.9.10", "11.12.13"};

    final Simulator sim;
    final Network net;
    final Host client;
    final Router router;
    final LoadBalancer lb;
    final Link lbPath;
    final List<Host> servers = new ArrayList<>();
    final List<IpAddress> uniqueAddresses = new ArrayList<>();

    L4lbNetwork(L4lbSetup setup, L4lbPoint point, long seed) {
        sim = new Simulator(seed);
        net = new Network(sim, new TraceBus());
        client = net.addHost("client");
        router = net.addRouter("r");
        lb = net.addNode(new LoadBalancer(net, "lb", Forwarding.DSR));
        lb.addVip(VIP);
        LinkConfig core = link(setup.coreRate(), setup.clientDelay(), setup);
        Link cr = net.connect(client, CLIENT, router, IpAddress.parse("10.0.0.254"), core);
        client.addLocalAddress(CLIENT_SECOND);
        client.routes().add(IpPrefix.parse("0.0.0.0/0"), cr.a());
        router.routes().add(IpPrefix.parse("10.0.0.0/24"), cr.b());
        LinkConfig toLb = link(setup.coreRate(), setup.lbDelay() + point.addedLatencyNanos(), setup).withLoss(point.loss());
        LinkConfig fromLb = link(setup.coreRate(), setup.lbDelay(), setup);
        lbPath = net.connect(router, IpAddress.parse("10.255.0.1"), lb, IpAddress.parse("10.255.0.2"), toLb, fromLb);
        router.routes().add(IpPrefix.host(VIP), lbPath.a());
        lb.routes().add(IpPrefix.parse("0.0.0.0/0"), lbPath.b());
        LinkConfig toServerViaLb = link(setup.serverRate(), setup.lbServerDelay(), setup);
        LinkConfig direct = link(setup.serverRate(), setup.directDelay(), setup);
        for (int i = 0; i < L4lbSetup.SERVERS; i++) {
            String name = "s" + (i + 1);
            Host s = net.addHost(name);
            IpAddress unique = IpAddress.parse(SERVER_NETS[i] + ".2");
            Link rs = net.connect(router, IpAddress.parse(SERVER_NETS[i] + ".1"), s, unique, direct);
            IpAddress inner = IpAddress.parse("172.16." + (i + 1) + ".2");
            Link ls = net.connect(lb, IpAddress.parse("172.16." + (i + 1) + ".1"), s, inner, toServerViaLb);
            s.addLocalAddress(VIP);
            s.routes().add(IpPrefix.parse("0.0.0.0/0"), rs.b());
            router.routes().add(IpPrefix.parse(SERVER_NETS[i] + ".0/24"), rs.a());
            lb.routes().add(IpPrefix.parse("172.16." + (i + 1) + ".0/24"), ls.a());
            lb.addBackend(Backend.of(name, unique, new NextHop(ls.a(), inner)));
            servers.add(s);
            uniqueAddresses.add(unique);
        }
    }

    private static LinkConfig link(long rate, long delay, L4lbSetup setup) {
        return LinkConfig.of(rate, delay).withQueueLimitPackets(setup.queuePackets());
    }
}
