package org.mptcplab.engine.lb;

import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.wire.IpAddress;

/**
 * A server behind a {@link LoadBalancer}: its name (what decisions and counters show), its unique
 * addresses (NAT rewrites the VIP into the one of the same family; DSR leaves the packet alone and
 * only uses the address to find the way), and how the balancer reaches it.
 *
 * @param name      unique among the balancer's backends, e.g. "s1"
 * @param addresses unique (non load-balanced) addresses, at most one per IP version
 * @param via       the balancer's next hop toward the server, or {@code null} to look the first
 *                  address up in the balancer's routing table at forwarding time
 */
public record Backend(String name, List<IpAddress> addresses, NextHop via) {

    /** Checks the name and that there is one address per family at most. */
    public Backend {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("backend name must not be blank");
        }
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("backend " + name + " needs an address");
        }
        if (addresses.stream().map(IpAddress::version).distinct().count() != addresses.size()) {
            throw new IllegalArgumentException("backend " + name + " has two addresses of one family: " + addresses);
        }
    }

    /** A backend with one address, reached through {@code via} ({@code null}: by routing table). */
    public static Backend of(String name, IpAddress address, NextHop via) {
        return new Backend(name, List.of(Objects.requireNonNull(address, "address")), via);
    }

    /** The address of IP version {@code version}, or {@code null} when the backend has none. */
    public IpAddress addressFor(int version) {
        for (IpAddress a : addresses) {
            if (a.version() == version) {
                return a;
            }
        }
        return null;
    }

    /** True when {@code address} is one of the backend's addresses. */
    public boolean owns(IpAddress address) {
        return addresses.contains(address);
    }
}
