package org.mptcplab.engine.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks of {@link ScenarioValidator} for applications, faults and events. */
final class WorkloadChecks {
    private WorkloadChecks() {
    }

    static void check(Topology t, Problems p) {
        applications(t, p);
        faults(t, p);
        events(t, p);
    }

    private static void applications(Topology t, Problems p) {
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<String, Integer> serverPorts = new LinkedHashMap<>();
        Map<String, Integer> clientPorts = new LinkedHashMap<>();
        List<AppSpec> apps = t.scenario().applications();
        for (int i = 0; i < apps.size(); i++) {
            AppSpec a = apps.get(i);
            String path = "applications[" + i + "]";
            Integer earlier = names.putIfAbsent(a.name(), i);
            if (earlier != null) {
                p.add(path + ".name", "duplicate application name \"" + a.name() + "\" (already used by applications["
                        + earlier + "])");
            }
            HostSpec from = t.host(a.from());
            if (from == null) {
                p.add(path + ".from", t.node(a.from()) == null ? Problems.unknown("node", a.from(), t.nodeNames())
                        : a.from() + " is not a host");
            } else if (a.protocol() == Protocol.MPTCP && !from.mptcp().enabled()) {
                p.add(path + ".protocol", a.from() + " does not run MPTCP (set \"mptcp\": {\"enabled\": true} on it)");
            }
            List<String> servers = t.serversOf(a.to());
            if (servers.isEmpty()) {
                p.add(path + ".to", "no host holds " + a.to() + " and it is no load balancer's VIP");
            } else if (servers.contains(a.from())) {
                p.add(path + ".to", a.from() + " would connect to itself");
            }
            if (a instanceof BulkSpec b && b.sourcePort() != 0) {
                // Two connections from one pinned port to the same server address and port share a 5-tuple.
                String tuple = a.from() + " " + b.sourcePort() + " " + a.to() + " " + a.port();
                Integer user = clientPorts.putIfAbsent(tuple, i);
                if (user != null) {
                    p.add(path + ".sourcePort", "source port " + b.sourcePort() + " from " + a.from() + " to " + a.to()
                            + ":" + a.port() + " is already used by applications[" + user + "]");
                }
            }
            for (String s : servers) {
                Integer user = serverPorts.putIfAbsent(s + ":" + a.port(), i);
                if (user != null && user != i) {
                    p.add(path + ".to", "port " + a.port() + " on " + s + " is already served by applications[" + user
                            + "]");
                }
            }
        }
    }

    private static void faults(Topology t, Problems p) {
        List<String> links = t.scenario().linkNames();
        List<FaultSpec> faults = t.scenario().faults();
        for (int i = 0; i < faults.size(); i++) {
            String path = "faults[" + i + "]";
            FaultSpec f = faults.get(i);
            String link = f instanceof DropSpec d ? d.link() : ((LinkDownSpec) f).link();
            if (link != null && !links.contains(link)) {
                p.add(path + ".link", Problems.unknown("link", link, links));
            } else if (f instanceof DropSpec d && d.link() != null && d.from() != null) {
                LinkSpec l = t.scenario().links().get(links.indexOf(link));
                if (!l.touches(d.from())) {
                    p.add(path + ".from", d.from() + " is not an end of link " + link + " (ends: " + l.a().node()
                            + ", " + l.b().node() + ")");
                }
            }
            if (f instanceof DropSpec d && d.node() != null && t.node(d.node()) == null) {
                p.add(path + ".node", Problems.unknown("node", d.node(), t.nodeNames()));
            }
        }
    }

    private static void events(Topology t, Problems p) {
        List<EventSpec> events = t.scenario().events();
        for (int i = 0; i < events.size(); i++) {
            EventSpec e = events.get(i);
            String path = "events[" + i + "]";
            NodeSpec n = t.node(e.node());
            boolean routing = e.action() == EventAction.WITHDRAW || e.action() == EventAction.ANNOUNCE;
            if (n == null) {
                p.add(path + ".node", Problems.unknown("node", e.node(), t.nodeNames()));
            } else if (routing) {
                anycastEvent(t, e, path, p);
            } else if (!(n instanceof LoadBalancerSpec lb)) {
                p.add(path + ".node", e.node() + " is not a load balancer");
            } else if (lb.backend(e.server()) == null) {
                p.add(path + ".server", e.server() + " is not a backend of " + e.node());
            }
        }
    }

    private static void anycastEvent(Topology t, EventSpec e, String path, Problems p) {
        if (!(t.node(e.node()) instanceof RouterSpec)) {
            p.add(path + ".node", e.node() + " is not a router");
            return;
        }
        if (e.prefix() == null) {
            p.add(path + ".prefix", e.action().id() + " needs the anycast prefix");
            return;
        }
        AnycastSpec match = null;
        for (AnycastSpec a : t.scenario().routing().anycast()) {
            if (a.router().equals(e.node()) && a.prefix().equals(e.prefix())) {
                match = a;
            }
        }
        if (match == null) {
            p.add(path + ".prefix", "no anycast announcement of " + e.prefix() + " on " + e.node());
        } else if (!match.servers().contains(e.server())) {
            p.add(path + ".server", e.server() + " does not announce " + e.prefix() + " (servers: "
                    + String.join(", ", match.servers()) + ")");
        }
    }
}
