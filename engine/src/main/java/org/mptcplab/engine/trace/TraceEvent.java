package org.mptcplab.engine.trace;

/**
 * Something observable that happened in a run, at one simulated instant on one node. The family is
 * closed so that every consumer can be written exhaustively (dispatch with {@link #accept}).
 */
public sealed interface TraceEvent
        permits PacketEvent, ConnectionEvent, CongestionEvent, SubflowEvent, AddAddrEvent,
                HashDecision, RouteChange, AppEvent, NodeEvent {

    /** Simulated time in nanoseconds. */
    long time();

    /** Name of the node where it happened. */
    String node();

    /** Double dispatch, since Java 17 has no pattern-matching switch. */
    <R> R accept(TraceVisitor<R> visitor);
}
