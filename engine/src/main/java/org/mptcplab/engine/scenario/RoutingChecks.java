package org.mptcplab.engine.scenario;

import java.util.ArrayList;
import java.util.List;

/** Routing checks of {@link ScenarioValidator}: static routes and anycast announcements. */
final class RoutingChecks {
    private RoutingChecks() {
    }

    static void check(Topology t, Problems p) {
        RoutingSpec r = t.scenario().routing();
        for (int j = 0; j < r.staticRoutes().size(); j++) {
            StaticRoute route = r.staticRoutes().get(j);
            String path = "routing.static[" + j + "]";
            if (t.node(route.node()) == null) {
                p.add(path + ".node", Problems.unknown("node", route.node(), t.nodeNames()));
                continue;
            }
            List<String> neighbours = t.neighbours(route.node());
            for (int k = 0; k < route.via().size(); k++) {
                String via = route.via().get(k);
                if (!neighbours.contains(via)) {
                    p.add(path + ".via[" + k + "]", via + " is not a neighbour of " + route.node() + " (neighbours: "
                            + (neighbours.isEmpty() ? "none" : String.join(", ", neighbours)) + ")");
                }
            }
        }
        ShortestPaths paths = new ShortestPaths(t);
        for (int j = 0; j < r.anycast().size(); j++) {
            anycast(t, paths, r.anycast().get(j), "routing.anycast[" + j + "]", p);
        }
    }

    private static void anycast(Topology t, ShortestPaths paths, AnycastSpec a, String path, Problems p) {
        if (!(t.node(a.router()) instanceof RouterSpec)) {
            p.add(path + ".router", t.node(a.router()) == null ? Problems.unknown("node", a.router(), t.nodeNames())
                    : a.router() + " is not a router");
            return;
        }
        if (a.servers().isEmpty()) {
            p.add(path + ".servers", "an anycast prefix needs at least one server");
        }
        List<String> seen = new ArrayList<>();
        List<String> firstHops = new ArrayList<>();
        for (int k = 0; k < a.servers().size(); k++) {
            String s = a.servers().get(k);
            String sp = path + ".servers[" + k + "]";
            if (t.host(s) == null) {
                p.add(sp, t.node(s) == null ? Problems.unknown("node", s, t.nodeNames()) : s + " is not a host");
            } else if (seen.contains(s)) {
                p.add(sp, "duplicate server " + s);
            } else if (t.addresses(s).stream().noneMatch(a.prefix()::contains)) {
                p.add(sp, s + " holds no address in " + a.prefix() + " (add one to its localAddresses)");
            } else if (paths.firstHops(a.router(), s).isEmpty()) {
                p.add(sp, s + " cannot be reached from " + a.router());
            } else if (firstHops.contains(paths.firstHops(a.router(), s).get(0))) {
                p.add(sp, s + " is reached from " + a.router() + " through the same neighbour as another server;"
                        + " anycast servers need distinct next hops");
            } else {
                firstHops.add(paths.firstHops(a.router(), s).get(0));
            }
            seen.add(s);
        }
    }
}
