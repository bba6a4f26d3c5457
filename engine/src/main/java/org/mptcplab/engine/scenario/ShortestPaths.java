package org.mptcplab.engine.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hop-count shortest paths over a scenario's links, as automatic routing uses them. Only routers and
 * load balancers carry transit traffic; hosts are path ends only. Ties are kept: {@link #firstHops}
 * lists every neighbour on some shortest path, in link order, which makes the choice deterministic
 * and lets a multihomed host use each of its links.
 */
public final class ShortestPaths {
    private final Topology topology;
    private final Map<String, Map<String, Integer>> distancesTo = new HashMap<>();

    /** Paths over {@code topology}. */
    public ShortestPaths(Topology topology) {
        this.topology = topology;
    }

    /** True when packets may cross {@code node} on the way elsewhere. */
    public boolean isTransit(String node) {
        NodeSpec n = topology.node(node);
        return n instanceof RouterSpec || n instanceof LoadBalancerSpec;
    }

    /** Hops from {@code from} to {@code to}, or -1 when unreachable. */
    public int distance(String from, String to) {
        return distances(to).getOrDefault(from, -1);
    }

    /** Neighbours of {@code from} on a shortest path to {@code to}, in link order; empty when unreachable. */
    public List<String> firstHops(String from, String to) {
        Map<String, Integer> d = distances(to);
        Integer mine = d.get(from);
        List<String> hops = new ArrayList<>();
        if (mine == null || from.equals(to)) {
            return hops;
        }
        for (String n : topology.neighbours(from)) {
            Integer theirs = d.get(n);
            if (theirs != null && theirs == mine - 1 && (n.equals(to) || isTransit(n))) {
                hops.add(n);
            }
        }
        return hops;
    }

    private Map<String, Integer> distances(String to) {
        return distancesTo.computeIfAbsent(to, this::bfs);
    }

    private Map<String, Integer> bfs(String to) {
        Map<String, Integer> d = new LinkedHashMap<>();
        if (topology.node(to) == null) {
            return d;
        }
        ArrayDeque<String> queue = new ArrayDeque<>();
        d.put(to, 0);
        queue.add(to);
        while (!queue.isEmpty()) {
            String x = queue.poll();
            if (!x.equals(to) && !isTransit(x)) {
                continue;
            }
            for (String n : topology.neighbours(x)) {
                if (!d.containsKey(n)) {
                    d.put(n, d.get(x) + 1);
                    queue.add(n);
                }
            }
        }
        return d;
    }
}
