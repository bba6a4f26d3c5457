package org.mptcplab.engine.trace;

/** A node or link changed: link up/down, server withdrawn, firewall hit, etc. */
public record NodeEvent(long time, String node, Kind kind, String detail) implements TraceEvent {

    /** What changed. */
    public enum Kind { LINK_UP, LINK_DOWN, FIREWALL_ACCEPT, FIREWALL_DROP, NOTE }

    @Override
    public <R> R accept(TraceVisitor<R> visitor) {
        return visitor.visitNode(this);
    }
}
