package org.mptcplab.engine.scenario;

import java.util.Objects;
import java.util.Set;
import org.mptcplab.engine.wire.IpAddress;

/**
 * An MPTCP endpoint, as {@code ip mptcp endpoint add ADDRESS FLAGS} configures one.
 *
 * @param address one of the host's own addresses (or, for a Beamer server, the VIP it holds)
 * @param port    port to announce with ADD_ADDR, 0 for none (Beamer: the server's id port)
 * @param flags   what the path manager does with it
 */
public record EndpointSpec(IpAddress address, int port, Set<EndpointFlag> flags) {
    /** Copies the flags and checks the port. */
    public EndpointSpec {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        flags = Set.copyOf(flags);
    }

    /** True when {@code flag} is set. */
    public boolean has(EndpointFlag flag) {
        return flags.contains(flag);
    }
}
