package org.mptcplab.engine.trace;

import java.util.List;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * A route (or ECMP next-hop set, or LB backend set) changed: announced, withdrawn, or a backend
 * was removed / re-added.
 */
public record RouteChange(long time, String node, IpPrefix prefix, List<String> nextHops, Action action, String detail)
        implements TraceEvent {

    /** What changed. */
    public enum Action { ANNOUNCED, WITHDRAWN, BACKEND_REMOVED, BACKEND_ADDED }

    public RouteChange {
        nextHops = List.copyOf(nextHops);
    }

    @Override
    public <R> R accept(TraceVisitor<R> visitor) {
        return visitor.visitRouteChange(this);
    }
}
