package org.mptcplab.engine.scenario;

import java.util.List;

/**
 * How routing tables are filled.
 *
 * @param automatic when true, every node gets a route to every interface address of every other node
 *                  along shortest paths (hop count; hosts never forward, neither do load balancers
 *                  for addresses other than their VIP); ties keep every equal-cost first hop, in link
 *                  order, so hosts can pick the interface owning a packet's source address
 * @param staticRoutes hand-written routes, installed after the automatic ones and replacing them per prefix
 * @param anycast   anycast prefixes announced by servers to a router
 */
public record RoutingSpec(boolean automatic, List<StaticRoute> staticRoutes, List<AnycastSpec> anycast) {
    /** Automatic routing only. */
    public static final RoutingSpec AUTOMATIC = new RoutingSpec(true, List.of(), List.of());

    /** Copies the lists. */
    public RoutingSpec {
        staticRoutes = List.copyOf(staticRoutes);
        anycast = List.copyOf(anycast);
    }
}
