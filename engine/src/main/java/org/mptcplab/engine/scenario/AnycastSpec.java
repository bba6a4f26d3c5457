package org.mptcplab.engine.scenario;

import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * Several servers announce one prefix to a router, which spreads flows over them with its ECMP
 * policy. Each server's next hop is the router's first hop on its shortest path to that server.
 * Withdrawals and re-announcements are {@link EventSpec}s; the router's next-hop group changes
 * {@code convergenceDelay} after each of them.
 *
 * @param router           where the ECMP group lives
 * @param prefix           the anycast prefix (e.g. 1.2.3.4/32); servers hold an address in it
 * @param servers          announcing servers, in announcement order
 * @param convergenceDelay delay between a routing event and the change of the group, ns
 */
public record AnycastSpec(String router, IpPrefix prefix, List<String> servers, long convergenceDelay) {
    /** Copies the server list. */
    public AnycastSpec {
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(prefix, "prefix");
        servers = List.copyOf(servers);
        if (convergenceDelay < 0) {
            throw new IllegalArgumentException("convergence delay must not be negative");
        }
    }
}
