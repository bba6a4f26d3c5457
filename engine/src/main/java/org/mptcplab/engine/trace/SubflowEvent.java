package org.mptcplab.engine.trace;

import org.mptcplab.engine.wire.FiveTuple;

/**
 * Life of an MPTCP subflow as seen by {@code node}.
 *
 * @param localToken the MPTCP connection's token on this node (RFC 8684 §3.2)
 * @param flow       the subflow's 5-tuple from this node's point of view
 * @param action     what happened
 * @param reason     human text, e.g. "unknown token 0x1a2b3c4d" for REFUSED; may be empty
 */
public record SubflowEvent(long time, String node, int localToken, FiveTuple flow, Action action, String reason)
        implements TraceEvent {

    /** Subflow milestones. */
    public enum Action {
        /** Initiator sent MP_CAPABLE or MP_JOIN SYN. */
        OPENING,
        /** Handshake complete (for a JOIN: after the 4th ACK). */
        ESTABLISHED,
        /** The JOIN was refused (unknown token, bad HMAC, C flag, limits) or answered with RST. */
        REFUSED,
        /** MP_PRIO changed the subflow's backup flag. */
        PRIORITY_CHANGED,
        /** Closed by FIN or RST. */
        CLOSED,
        /** The connection fell back to plain TCP on this subflow. */
        FALLBACK
    }

    @Override
    public <R> R accept(TraceVisitor<R> visitor) {
        return visitor.visitSubflow(this);
    }
}
