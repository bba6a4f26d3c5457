package org.mptcplab.engine.scenario;

import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;

/**
 * One server behind a load balancer.
 *
 * @param node       the server's node name
 * @param address    the server's unique (not load-balanced) address, used by NAT and shown in decisions
 * @param beamerPort the port that names this server in {@link LbMode#BEAMER} mode (0 when unused)
 */
public record BackendSpec(String node, IpAddress address, int beamerPort) {
    /** Requires node and address. */
    public BackendSpec {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(address, "address");
        if (beamerPort < 0 || beamerPort > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + beamerPort);
        }
    }
}
