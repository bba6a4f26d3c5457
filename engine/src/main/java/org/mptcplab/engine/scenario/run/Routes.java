package org.mptcplab.engine.scenario.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mptcplab.engine.lb.RouteAnnouncer;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.NetInterface;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.Node;
import org.mptcplab.engine.net.RouteEntry;
import org.mptcplab.engine.scenario.AnycastSpec;
import org.mptcplab.engine.scenario.EcmpSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.RouterSpec;
import org.mptcplab.engine.scenario.ShortestPaths;
import org.mptcplab.engine.scenario.StaticRoute;
import org.mptcplab.engine.scenario.Topology;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * Fills routing tables as {@link org.mptcplab.engine.scenario.RoutingSpec} describes: automatic host
 * routes along shortest paths, static overrides, anycast groups with their {@link RouteAnnouncer}s,
 * and ECMP selectors on routers that have a policy.
 */
final class Routes {
    private final Network net;
    private final Topology topology;
    private final ShortestPaths paths;
    private final Map<String, RouteAnnouncer> announcers = new LinkedHashMap<>();

    Routes(Network net, Topology topology) {
        this.net = net;
        this.topology = topology;
        this.paths = new ShortestPaths(topology);
    }

    /** The announcer of {@code prefix} at {@code router}. */
    RouteAnnouncer announcer(String router, IpPrefix prefix) {
        return announcers.get(router + " " + prefix);
    }

    void install() {
        if (topology.scenario().routing().automatic()) {
            automatic();
        }
        for (AnycastSpec a : topology.scenario().routing().anycast()) {
            anycast(a);
        }
        for (StaticRoute r : topology.scenario().routing().staticRoutes()) {
            Node node = net.node(r.node());
            node.routes().removeAll(r.prefix());
            for (String via : r.via()) {
                for (NextHop hop : hopsTo(node, via)) {
                    node.routes().add(r.prefix(), hop);
                }
            }
        }
        ecmpSelectors();
    }

    private void automatic() {
        for (NodeSpec from : topology.scenario().nodes()) {
            Node node = net.node(from.name());
            for (NodeSpec to : topology.scenario().nodes()) {
                if (to == from) {
                    continue;
                }
                List<IpAddress> destinations = new ArrayList<>(topology.interfaceAddresses(to.name()));
                if (to instanceof LoadBalancerSpec lb) {
                    destinations.add(lb.vip());
                }
                List<NextHop> hops = new ArrayList<>();
                for (String via : paths.firstHops(from.name(), to.name())) {
                    hops.addAll(hopsTo(node, via));
                }
                for (IpAddress a : destinations) {
                    for (NextHop hop : hops) {
                        node.routes().add(IpPrefix.host(a), hop);
                    }
                }
            }
        }
    }

    private void anycast(AnycastSpec a) {
        Node router = net.node(a.router());
        RouterSpec spec = (RouterSpec) topology.node(a.router());
        RouteAnnouncer announcer = new RouteAnnouncer(router, a.prefix(), a.convergenceDelay());
        Map<NextHop, String> names = new LinkedHashMap<>();
        for (String server : a.servers()) {
            names.put(hopsTo(router, paths.firstHops(a.router(), server).get(0)).get(0), server);
        }
        EcmpSpec ecmp = spec.ecmp() != null ? spec.ecmp() : EcmpSpec.DEFAULTS;
        announcer.useSelector(Devices.ecmp(router, ecmp, hop -> names.getOrDefault(hop, hop.toString())));
        names.forEach((hop, server) -> announcer.addSpeaker(server, hop));
        announcers.put(a.router() + " " + a.prefix(), announcer);
        for (NodeSpec n : topology.scenario().nodes()) {
            if (n.name().equals(a.router()) || a.servers().contains(n.name())) {
                continue;
            }
            Node node = net.node(n.name());
            for (String via : paths.firstHops(n.name(), a.router())) {
                for (NextHop hop : hopsTo(node, via)) {
                    node.routes().add(a.prefix(), hop);
                }
            }
        }
    }

    /** Routers with an ECMP policy get a selector on every route that has several next hops. */
    private void ecmpSelectors() {
        for (NodeSpec n : topology.scenario().nodes()) {
            if (!(n instanceof RouterSpec r) || r.ecmp() == null) {
                continue;
            }
            Node router = net.node(r.name());
            for (RouteEntry e : router.routes().entries()) {
                if (e.nextHops().size() > 1 && e.selector() == null) {
                    router.routes().setSelector(e.prefix(), Devices.ecmp(router, r.ecmp(), NextHop::toString));
                }
            }
        }
    }

    /** One next hop per link between {@code node} and its neighbour {@code via}, in link order. */
    private List<NextHop> hopsTo(Node node, String via) {
        List<NextHop> hops = new ArrayList<>();
        for (Link l : net.links()) {
            NetInterface mine = l.a().node() == node ? l.a() : l.b().node() == node ? l.b() : null;
            if (mine == null) {
                continue;
            }
            NetInterface theirs = mine == l.a() ? l.b() : l.a();
            if (theirs.node().name().equals(via)) {
                IpAddress gateway = theirs.addresses().isEmpty() ? null : theirs.addresses().get(0);
                hops.add(new NextHop(mine, gateway));
            }
        }
        return hops;
    }
}
