package org.mptcplab.engine.lb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * The talk's topology: client (10.0.0.1 and 10.0.9.1) -- r -- lb -- s1 (5.6.7.8), s2 (8.9.10.11),
 * s3 (11.12.13.14), VIP 1.2.3.4. Each server also has a link straight to r, which DSR replies take;
 * with NAT the servers' default route points at the balancer instead.
 */
final class LbLab {
    static final String VIP = "1.2.3.4";
    static final String CLIENT = "10.0.0.1";
    static final String CLIENT2 = "10.0.9.1";
    static final List<String> SERVERS = List.of("s1", "s2", "s3");
    static final Map<String, String> UNIQUE = Map.of("s1", "5.6.7.8", "s2", "8.9.10.11", "s3", "11.12.13.14");
    private static final String[] NETS = {"5.6.7", "8.9.10", "11.12.13"};

    final Simulator sim = new Simulator(7);
    final TraceBus trace = new TraceBus();
    final TraceRecorder recorder = new TraceRecorder();
    final Network net = new Network(sim, trace);
    final Host client = net.addHost("client");
    final Router r = net.addRouter("r");
    final LoadBalancer lb;
    final Map<String, Host> servers = new LinkedHashMap<>();
    final Map<String, List<Packet>> arrivals = new LinkedHashMap<>();
    final List<Packet> atClient = new ArrayList<>();

    LbLab(Forwarding forwarding, Function<List<String>, BackendSelector> selection) {
        trace.add(recorder);
        lb = net.addNode(new LoadBalancer(net, "lb", forwarding));
        LinkConfig cfg = LinkConfig.of(1_000_000_000L, Time.micros(100)).withQueueLimitPackets(0);
        Link cr = net.connect(client, ip(CLIENT), r, ip("10.0.0.254"), cfg);
        cr.a().addAddress(ip(CLIENT2));
        Link rl = net.connect(r, ip("10.1.0.1"), lb, ip("10.1.0.2"), cfg);
        client.routes().add(prefix("0.0.0.0/0"), cr.a(), ip("10.0.0.254"));
        r.routes().add(prefix("10.0.0.0/16"), cr.b());
        r.routes().add(prefix(VIP + "/32"), rl.a(), ip("10.1.0.2"));
        lb.routes().add(prefix("0.0.0.0/0"), rl.b(), ip("10.1.0.1"));
        lb.addVip(ip(VIP));
        for (int i = 0; i < SERVERS.size(); i++) {
            String name = SERVERS.get(i);
            Host s = net.addHost(name);
            Link ls = net.connect(lb, ip(NETS[i] + ".1"), s, ip(UNIQUE.get(name)), cfg);
            Link sr = net.connect(s, ip("10.2." + i + ".1"), r, ip("10.2." + i + ".254"), cfg);
            IpPrefix serverNet = prefix(NETS[i] + ".0/24");
            r.routes().add(serverNet, rl.a(), ip("10.1.0.2"));
            lb.routes().add(serverNet, ls.a());
            if (forwarding == Forwarding.DSR) {
                s.addLocalAddress(ip(VIP));
                s.routes().add(prefix("0.0.0.0/0"), sr.a(), ip("10.2." + i + ".254"));
            } else {
                s.routes().add(prefix("0.0.0.0/0"), ls.b(), ip(NETS[i] + ".1"));
            }
            // DSR names the interface toward each server; NAT lets the balancer's routing table find it
            NextHop via = forwarding == Forwarding.DSR ? NextHop.via(ls.a()) : null;
            lb.addBackend(Backend.of(name, ip(UNIQUE.get(name)), via));
            servers.put(name, s);
            List<Packet> got = new ArrayList<>();
            arrivals.put(name, got);
            s.setTransport(got::add);
        }
        lb.setSelection(selection);
        client.setTransport(atClient::add);
    }

    LbLab(Forwarding forwarding) {
        this(forwarding, ModN::of);
    }

    /** Makes every server answer each packet it gets with an ACK of the same flow (source = the address it was sent to). */
    void serversEcho() {
        servers.forEach((name, s) -> s.setTransport(p -> {
            arrivals.get(name).add(p);
            s.send(Pkt.reply(p, TcpFlags.ACK));
        }));
    }

    /** Sends from the client and runs until everything has arrived. */
    void send(Packet... packets) {
        for (Packet p : packets) {
            client.send(p);
        }
        run();
    }

    void run() {
        sim.runUntil(sim.now() + Time.millis(10));
    }

    /** The server that got a packet with source port {@code srcPort} from the client, or null. */
    String serverOf(int srcPort) {
        for (Map.Entry<String, List<Packet>> e : arrivals.entrySet()) {
            for (Packet p : e.getValue()) {
                if (p.srcPort() == srcPort) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    List<HashDecision> decisions() {
        return recorder.ofType(HashDecision.class);
    }

    List<PacketEvent> events(String node, PacketEvent.Kind kind) {
        return recorder.ofType(PacketEvent.class).stream()
                .filter(e -> e.node().equals(node) && e.kind() == kind).toList();
    }

    static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }

    static IpPrefix prefix(String text) {
        return IpPrefix.parse(text);
    }
}
