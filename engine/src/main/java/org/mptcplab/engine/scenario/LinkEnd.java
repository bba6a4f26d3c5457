package org.mptcplab.engine.scenario;

import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;

/**
 * One end of a link: a node and, optionally, the address of the interface the link creates there.
 *
 * @param node    node name
 * @param address interface address, or {@code null} for an unnumbered interface
 */
public record LinkEnd(String node, IpAddress address) {
    /** Requires the node name. */
    public LinkEnd {
        Objects.requireNonNull(node, "node");
    }
}
