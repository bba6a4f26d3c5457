package org.mptcplab.app.sequence;

import org.mptcplab.app.playback.EventKind;
import org.mptcplab.engine.wire.Packet;

/**
 * A packet going from one visible lane to the next, possibly through hidden routers.
 *
 * @param departIndex trace index of the event that put it on the first link
 * @param endIndex    trace index of its arrival (or drop) at {@code to}, -1 when the trace ends first
 * @param from        sending lane's node
 * @param to          receiving lane's node, or null when it was lost inside a hidden router
 * @param dropped     true when it ended in a drop
 * @param packet      the packet as it left {@code from}
 * @param kind        its colour class
 * @param subflow     colour index of its subflow (canonical 5-tuple), by order of first appearance
 */
public record ChainHop(int departIndex, int endIndex, String from, String to, boolean dropped, Packet packet,
        EventKind kind, int subflow) {

    /** True when, just after event {@code cursor}, the packet has not reached its end yet. */
    public boolean inFlightAt(int cursor) {
        return endIndex < 0 || endIndex > cursor;
    }
}
