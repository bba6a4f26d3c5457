package org.mptcplab.engine.scenario;

import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;

/**
 * An end host (client or server). Its interface addresses come from the links that reach it.
 *
 * @param name           unique name
 * @param localAddresses extra addresses held without an interface (the VIP on a DSR server's loopback,
 *                       an anycast address); they are not announced by automatic routing
 * @param tcp            TCP settings
 * @param mptcp          MPTCP settings ({@link MptcpSpec#DISABLED} for a TCP-only host)
 * @param firewall       inbound filter, or {@code null} for none
 */
public record HostSpec(String name, List<IpAddress> localAddresses, TcpSpec tcp, MptcpSpec mptcp,
        FirewallSpec firewall) implements NodeSpec {
    /** Copies the address list. */
    public HostSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tcp, "tcp");
        Objects.requireNonNull(mptcp, "mptcp");
        localAddresses = List.copyOf(localAddresses);
    }

    /** A TCP-only host with default settings and no extra address. */
    public static HostSpec plain(String name) {
        return new HostSpec(name, List.of(), TcpSpec.DEFAULTS, MptcpSpec.DISABLED, null);
    }

    @Override
    public String type() {
        return "host";
    }
}
