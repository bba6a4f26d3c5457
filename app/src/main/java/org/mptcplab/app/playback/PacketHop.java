package org.mptcplab.app.playback;

import org.mptcplab.engine.wire.Packet;

/**
 * One packet crossing one link: from the event that put it on the link to the event where it
 * arrived (or was dropped).
 *
 * @param departIndex trace index of the SENT / FORWARDED event
 * @param endIndex    trace index of the arrival or drop, or -1 when the trace ends first
 * @param dropped     true when the hop ended in a drop
 * @param link        link name
 * @param from        sending node
 * @param to          receiving node
 * @param departTime  time of the departure event, ns
 * @param endTime     time of the end event, ns (departure time plus the link delay when still open)
 * @param packet      the packet as it left
 * @param kind        its colour class
 * @param propagation the link's propagation delay, ns
 */
public record PacketHop(int departIndex, int endIndex, boolean dropped, String link, String from, String to,
        long departTime, long endTime, Packet packet, EventKind kind, long propagation) {

    /**
     * When the packet starts to travel: before that it waits in the sender's queue or is being
     * serialised. Estimated as the end minus the propagation delay, never before the departure.
     */
    public long movingFrom() {
        return Math.max(departTime, endTime - propagation);
    }

    /** True when at play-head time {@code t} the packet still waits at the sender. */
    public boolean queuedAt(double t) {
        return t < movingFrom();
    }

    /** True when the packet is on the link just after event {@code cursor} ran. */
    public boolean inFlightAt(int cursor) {
        return departIndex <= cursor && (endIndex < 0 || endIndex > cursor);
    }

    /** Position along the link, 0 at {@code from} (also while queued), 1 at {@code to}, at play-head time {@code t}. */
    public double progressAt(double t) {
        long start = movingFrom();
        if (endTime <= start) {
            return 0.5;
        }
        return Math.max(0, Math.min(1, (t - start) / (double) (endTime - start)));
    }
}
