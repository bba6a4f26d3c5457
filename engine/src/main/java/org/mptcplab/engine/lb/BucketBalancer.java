package org.mptcplab.engine.lb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The minimal-move rebalancing of {@link ResilientBuckets}, kept apart so the rules read in one place. */
final class BucketBalancer {
    private BucketBalancer() {}

    /**
     * Rebalances {@code owners} (modified and returned) over {@code hops}: buckets of hops not in
     * {@code hops} are freed, hops above their share free their highest buckets, and free buckets go,
     * lowest first, to the hop owning fewest among those below their share.
     */
    static String[] rebalance(String[] owners, List<String> hops) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        hops.forEach(hop -> counts.put(hop, 0));
        for (int b = 0; b < owners.length; b++) {
            if (owners[b] != null && counts.containsKey(owners[b])) {
                counts.merge(owners[b], 1, Integer::sum);
            } else {
                owners[b] = null;
            }
        }
        if (hops.isEmpty()) {
            return owners;
        }
        Map<String, Integer> quota = quotas(owners.length, hops, counts);
        for (int b = owners.length - 1; b >= 0; b--) {
            String owner = owners[b];
            if (owner != null && counts.get(owner) > quota.get(owner)) {
                counts.merge(owner, -1, Integer::sum);
                owners[b] = null;
            }
        }
        for (int b = 0; b < owners.length; b++) {
            if (owners[b] == null) {
                String taker = neediest(hops, counts, quota);
                owners[b] = taker;
                counts.merge(taker, 1, Integer::sum);
            }
        }
        return owners;
    }

    /** B / n each; the B mod n extra buckets go to the hops owning most now (stable: group order on ties). */
    private static Map<String, Integer> quotas(int buckets, List<String> hops, Map<String, Integer> counts) {
        int base = buckets / hops.size();
        int extra = buckets % hops.size();
        List<String> byCount = new ArrayList<>(hops);
        byCount.sort(Comparator.comparing(counts::get, Comparator.reverseOrder()));
        Map<String, Integer> quota = new LinkedHashMap<>();
        for (int i = 0; i < byCount.size(); i++) {
            quota.put(byCount.get(i), base + (i < extra ? 1 : 0));
        }
        return quota;
    }

    /** Among hops below their share, the one owning fewest buckets (ties: group order). */
    private static String neediest(List<String> hops, Map<String, Integer> counts, Map<String, Integer> quota) {
        String best = null;
        for (String hop : hops) {
            int count = counts.get(hop);
            if (count < quota.get(hop) && (best == null || count < counts.get(best))) {
                best = hop;
            }
        }
        return best;
    }
}
