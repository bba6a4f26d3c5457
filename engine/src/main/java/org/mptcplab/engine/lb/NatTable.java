package org.mptcplab.engine.lb;

import java.util.Iterator;
import java.util.LinkedHashMap;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/**
 * The per-flow mappings of a NAT balancer, keyed by the 5-tuple the server's replies will carry
 * (backend address and port -> client), so a reply can get the VIP back as its source. Bounded, least
 * recently used evicted; access order makes eviction deterministic.
 */
final class NatTable {
    /** What a reply needs: the VIP to put back, and the backend it comes from. */
    record Mapping(IpAddress vip, String backend) {}

    private final int capacity;
    private final LinkedHashMap<FiveTuple, Mapping> byReply = new LinkedHashMap<>(16, 0.75f, true);

    NatTable(int capacity) {
        this.capacity = capacity;
    }

    void put(FiveTuple replyTuple, Mapping mapping) {
        if (!byReply.containsKey(replyTuple) && byReply.size() == capacity) {
            Iterator<FiveTuple> oldest = byReply.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byReply.put(replyTuple, mapping);
    }

    Mapping lookup(FiveTuple replyTuple) {
        return byReply.get(replyTuple);
    }

    int size() {
        return byReply.size();
    }
}
