package org.mptcplab.engine.lb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Packet;

/**
 * Anycast: client 10.0.0.1 -- r -- s1, s2, s3, each holding 1.2.3.4 on a loopback and announcing
 * 1.2.3.4/32 to r, which spreads flows with the given ECMP selector (next hops named after servers).
 */
final class AnycastLab {
    static final String ANYCAST = "1.2.3.4";
    static final long CONVERGENCE = Time.millis(50);

    final Simulator sim = new Simulator(11);
    final TraceBus trace = new TraceBus();
    final TraceRecorder recorder = new TraceRecorder();
    final Network net = new Network(sim, trace);
    final Host client = net.addHost("client");
    final Router r = net.addRouter("r");
    final RouteAnnouncer announcer = new RouteAnnouncer(r, IpPrefix.parse(ANYCAST + "/32"), CONVERGENCE);
    final Map<String, List<Packet>> arrivals = new LinkedHashMap<>();
    final Map<NextHop, String> serverOfHop = new LinkedHashMap<>();

    /** @param buckets 0 for hash-threshold, else a resilient group of that many buckets */
    AnycastLab(HashInput policy, int buckets) {
        trace.add(recorder);
        LinkConfig cfg = LinkConfig.of(10_000_000_000L, Time.micros(50)).withQueueLimitPackets(0);
        Link cr = net.connect(client, ip("10.0.0.1"), r, ip("10.0.0.254"), cfg);
        client.routes().add(IpPrefix.parse("0.0.0.0/0"), cr.a());
        r.routes().add(IpPrefix.parse("10.0.0.0/24"), cr.b());
        EcmpSelector ecmp = buckets == 0 ? EcmpSelector.hashThreshold(r, policy)
                : EcmpSelector.resilient(r, policy, buckets);
        announcer.useSelector(ecmp.named(serverOfHop::get));
        String[] nets = {"5.6.7", "8.9.10", "11.12.13"};
        for (int i = 0; i < 3; i++) {
            String name = "s" + (i + 1);
            Host s = net.addHost(name);
            Link rs = net.connect(r, ip(nets[i] + ".1"), s, ip(nets[i] + ".2"), cfg);
            s.addLocalAddress(ip(ANYCAST));
            s.routes().add(IpPrefix.parse("0.0.0.0/0"), rs.b());
            r.routes().add(IpPrefix.parse(nets[i] + ".0/24"), rs.a());
            NextHop hop = new NextHop(rs.a(), ip(nets[i] + ".2"));
            serverOfHop.put(hop, name);
            List<Packet> got = new ArrayList<>();
            arrivals.put(name, got);
            s.setTransport(got::add);
            announcer.addSpeaker(name, hop);
        }
    }

    /** One data packet per flow from ports 20000.. ; returns the server each flow reached, by flow index. */
    List<String> sendFlows(int flows) {
        arrivals.values().forEach(List::clear);
        for (int i = 0; i < flows; i++) {
            client.send(Pkt.data("10.0.0.1", 20000 + i, ANYCAST, 443, 100));
        }
        sim.runUntil(sim.now() + Time.millis(1));
        List<String> where = new ArrayList<>();
        for (int i = 0; i < flows; i++) {
            int port = 20000 + i;
            where.add(arrivals.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(p -> p.srcPort() == port))
                    .map(Map.Entry::getKey).findFirst().orElse(null));
        }
        return where;
    }

    static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }
}
