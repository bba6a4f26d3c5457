package org.mptcplab.engine.security;

import java.util.Iterator;
import java.util.LinkedHashSet;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * The minimal connection tracking a host firewall needs for "packets of established subflows": a
 * flow (5-tuple as it arrives) is tracked once its opening SYN was accepted, and forgotten when a RST
 * arrives on it (not on FIN: the last ACK of a close must still pass). Simplified from netfilter's
 * conntrack: no TCP state machine, no timeouts, no view of outgoing packets; bounded, oldest first out.
 */
public final class ConnTrack {
    private final int capacity;
    private final LinkedHashSet<FiveTuple> flows = new LinkedHashSet<>();

    /** A tracker for at most {@code capacity} flows. */
    public ConnTrack(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** True when {@code packet} belongs to a tracked flow. */
    public boolean isEstablished(Packet packet) {
        return flows.contains(FiveTuple.of(packet));
    }

    /** Updates the table after the firewall accepted {@code packet}. */
    void accepted(Packet packet) {
        int flags = packet.tcp().flags();
        // Most accepted packets are neither: build the key only when the table changes.
        if (TcpFlags.has(flags, TcpFlags.RST)) {
            flows.remove(FiveTuple.of(packet));
        } else if (TcpFlags.isSynOnly(flags) && flows.add(FiveTuple.of(packet)) && flows.size() > capacity) {
            Iterator<FiveTuple> oldest = flows.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** Flows tracked now. */
    public int size() {
        return flows.size();
    }
}
