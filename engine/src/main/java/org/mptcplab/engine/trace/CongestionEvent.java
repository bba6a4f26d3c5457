package org.mptcplab.engine.trace;

import org.mptcplab.engine.wire.FiveTuple;

/**
 * The congestion state of one sender changed (published on loss, recovery exit and RTO, and at most
 * once per RTT otherwise, so that charts stay cheap).
 *
 * @param cwndBytes     congestion window in bytes
 * @param ssthreshBytes slow-start threshold in bytes ({@code Long.MAX_VALUE} when unset)
 * @param srttNanos     smoothed RTT, 0 before the first sample
 * @param cause         e.g. "ack", "fast-retransmit", "rto", "recovery-exit"
 */
public record CongestionEvent(long time, String node, FiveTuple flow, long cwndBytes, long ssthreshBytes,
        long srttNanos, String cause) implements TraceEvent {
    @Override
    public <R> R accept(TraceVisitor<R> visitor) {
        return visitor.visitCongestion(this);
    }
}
