package org.mptcplab.engine.scenario;

import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * A route configured by hand on {@code node}: {@code prefix} via the links to the neighbours in
 * {@code via} (several neighbours make an ECMP group). It replaces any automatic route for the same
 * prefix on that node.
 *
 * @param node   where the route is installed
 * @param prefix destination prefix
 * @param via    neighbour node names, at least one
 */
public record StaticRoute(String node, IpPrefix prefix, List<String> via) {
    /** Copies the neighbour list. */
    public StaticRoute {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(prefix, "prefix");
        via = List.copyOf(via);
        if (via.isEmpty()) {
            throw new IllegalArgumentException("a static route needs at least one next hop");
        }
    }
}
