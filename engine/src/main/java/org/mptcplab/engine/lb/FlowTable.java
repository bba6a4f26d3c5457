package org.mptcplab.engine.lb;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * Per-flow connection table of a stateful L4 balancer, as Katran keeps in its LRU map: 5-tuple to
 * backend, so an established flow keeps its backend when the backend set changes. Bounded; when full,
 * the least recently used entry is evicted (recency = last {@link #put} or successful
 * {@link #lookup}), which is deterministic because the order is an access-ordered linked list.
 */
public final class FlowTable {
    /** One pinned flow, as listed by {@link #entries()}. */
    public record Entry(FiveTuple tuple, String backend) {}

    private final int capacity;
    private final LinkedHashMap<FiveTuple, String> flows;
    private long evictions;

    /** An empty table holding at most {@code capacity} flows. */
    public FlowTable(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("flow table capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.flows = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The backend pinned for {@code tuple}, refreshing its recency. */
    public Optional<String> lookup(FiveTuple tuple) {
        return Optional.ofNullable(flows.get(tuple));
    }

    /** Pins {@code tuple} to {@code backend}, evicting the least recently used flow if the table is full. */
    public void put(FiveTuple tuple, String backend) {
        if (!flows.containsKey(tuple) && flows.size() == capacity) {
            Iterator<FiveTuple> oldest = flows.keySet().iterator();
            oldest.next();
            oldest.remove();
            evictions++;
        }
        flows.put(tuple, backend);
    }

    /** Unpins one flow (e.g. after its FIN or RST); true if it was there. */
    public boolean remove(FiveTuple tuple) {
        return flows.remove(tuple) != null;
    }

    /** Unpins every flow of {@code backend} (e.g. when it fails); returns how many. */
    public int forget(String backend) {
        int before = flows.size();
        flows.values().removeIf(backend::equals);
        return before - flows.size();
    }

    /** Flows currently pinned. */
    public int size() {
        return flows.size();
    }

    /** Maximum number of flows. */
    public int capacity() {
        return capacity;
    }

    /** Flows evicted so far because the table was full. */
    public long evictions() {
        return evictions;
    }

    /**
     * The decision for a pinned {@code tuple}, or empty when it is not pinned. The hash of the flow
     * under {@code hashing} is shown beside the pinned backend so a student can see where hashing
     * alone would have sent it; the method names the table and its size.
     *
     * @param label what the table is called in traces, e.g. "flow table" or "subflow table"
     */
    public Optional<LbDecision> decide(FiveTuple tuple, HashDecisionBuilder hashing, List<String> candidates,
            String label) {
        return lookup(tuple).map(backend -> new LbDecision(tuple, hashing.input().fields(), label,
                hashing.input().hex(tuple), hashing.hash(tuple), label + " (" + size() + " entries): pinned", -1,
                candidates, backend));
    }

    /** The pinned flows, least recently used first. Does not change recency. */
    public List<Entry> entries() {
        List<Entry> list = new ArrayList<>(flows.size());
        for (Map.Entry<FiveTuple, String> e : flows.entrySet()) {
            list.add(new Entry(e.getKey(), e.getValue()));
        }
        return list;
    }
}
