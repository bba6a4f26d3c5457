package org.mptcplab.engine.trace;

import org.mptcplab.engine.wire.FiveTuple;

/**
 * A TCP connection (or MPTCP subflow, seen as TCP) changed state, e.g. {@code SYN_SENT ->
 * ESTABLISHED}, or was reset.
 *
 * @param flow   the connection as seen from {@code node} (local address/port first)
 * @param from   previous state name (RFC 793 names, e.g. {@code SYN_RECEIVED})
 * @param to     new state name
 * @param reason free text for the UI, e.g. "RST received" or "RTO: 3 retries"; may be empty
 */
public record ConnectionEvent(long time, String node, FiveTuple flow, String from, String to, String reason)
        implements TraceEvent {
    @Override
    public <R> R accept(TraceVisitor<R> visitor) {
        return visitor.visitConnection(this);
    }
}
