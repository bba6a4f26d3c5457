package org.mptcplab.app.playback;

import java.util.List;

/**
 * A node as the views draw it.
 *
 * @param name      node name, unique in the run
 * @param role      what it is (layout column)
 * @param addresses its interface addresses as text, in interface order
 * @param services  addresses it answers for that sit on no interface: a DSR server's loopback VIP, a
 *                  load balancer's VIPs
 */
public record NodeInfo(String name, NodeRole role, List<String> addresses, List<String> services) {
    public NodeInfo {
        addresses = List.copyOf(addresses);
        services = List.copyOf(services);
    }

    /** A node with no service addresses. */
    public NodeInfo(String name, NodeRole role, List<String> addresses) {
        this(name, role, addresses, List.of());
    }
}
