package org.mptcplab.engine.net;

import java.util.List;
import org.mptcplab.engine.wire.Packet;

/**
 * Picks one next hop of a route for a packet. Routes with a single next hop use it too, so an ECMP
 * policy (hash-threshold, resilient buckets; package {@code lb}) can be plugged into any
 * {@link RoutingTable} without changing the nodes. Implementations must be deterministic: the same
 * packet and candidate list give the same answer.
 */
@FunctionalInterface
public interface NextHopSelector {

    /**
     * Chooses among {@code candidates} (never empty, in the order the next hops were added).
     *
     * @return one element of {@code candidates}
     */
    NextHop select(Packet packet, List<NextHop> candidates);

    /** The plain-router policy: always the first next hop added. */
    static NextHopSelector first() {
        return FirstNextHop.INSTANCE;
    }
}
