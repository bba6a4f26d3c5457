package org.mptcplab.engine.trace;

/**
 * An application milestone: a transfer started, connected, completed (with its byte count and the
 * result of the stream integrity check), was reset, or reconnected.
 */
public record AppEvent(long time, String node, String app, Kind kind, long bytes, String detail) implements TraceEvent {

    /** Milestones. */
    public enum Kind { STARTED, CONNECTED, COMPLETED, VERIFIED, INTEGRITY_ERROR, RESET, RECONNECTING, FAILED }

    @Override
    public <R> R accept(TraceVisitor<R> visitor) {
        return visitor.visitApp(this);
    }
}
