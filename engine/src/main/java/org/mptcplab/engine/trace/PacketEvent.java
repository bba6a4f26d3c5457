package org.mptcplab.engine.trace;

import java.util.Objects;
import org.mptcplab.engine.wire.Packet;

/**
 * A packet leaving or entering an interface, being forwarded, or being dropped.
 *
 * @param iface      interface name on {@code node} (for FORWARDED, the outgoing one)
 * @param kind       what happened
 * @param dropReason why it was dropped; {@code null} unless kind is DROPPED
 * @param packet     the full packet (headers, options, payload as it was at that point)
 */
public record PacketEvent(long time, String node, String iface, Kind kind, DropReason dropReason, Packet packet)
        implements TraceEvent {

    /** What happened to the packet. */
    public enum Kind { SENT, RECEIVED, FORWARDED, DROPPED }

    public PacketEvent {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(packet, "packet");
        if ((kind == Kind.DROPPED) != (dropReason != null)) {
            throw new IllegalArgumentException("dropReason is required exactly for DROPPED");
        }
    }

    @Override
    public <R> R accept(TraceVisitor<R> visitor) {
        return visitor.visitPacket(this);
    }
}
