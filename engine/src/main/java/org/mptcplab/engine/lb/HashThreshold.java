package org.mptcplab.engine.lb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * ECMP next-hop choice by hash-threshold (RFC 2992 §2), as Linux does it for IPv4/IPv6 multipath
 * routes ({@code fib_select_multipath}): the 31-bit hash {@code h = hash >>> 1} is compared with
 * per-next-hop upper bounds; next hop i (in route order, weights w) covers
 * <pre>
 *   h &lt;= round((w_1 + ... + w_i) * 2^31 / W) - 1        W = w_1 + ... + w_n
 * </pre>
 * and the first next hop whose bound is not below h wins. The hash space is cut into consecutive
 * regions, so adding or removing a next hop shifts the region boundaries and flows of surviving next
 * hops move too (RFC 2992 draws it: deleting next hop 3 of 5 makes 2 give part of its range to 1 and 4
 * to 5). Example: removing the second of four equal next hops moves its 1/4 of flows plus the 1/12
 * of the space between 2/3 and 3/4, which the third hands to the fourth.
 */
public final class HashThreshold implements BackendSelector {
    private static final long SPACE = 1L << 31;

    private final List<String> hops;
    private final List<Integer> weights;
    private final long[] upperBounds;

    private HashThreshold(List<String> hops, List<Integer> weights) {
        this.hops = hops;
        this.weights = weights;
        long total = weights.stream().mapToLong(Integer::longValue).sum();
        this.upperBounds = new long[hops.size()];
        long cumulative = 0;
        for (int i = 0; i < hops.size(); i++) {
            cumulative += weights.get(i);
            // Linux: DIV_ROUND_CLOSEST_ULL((u64) w << 31, total) - 1
            upperBounds[i] = (cumulative * SPACE + total / 2) / total - 1;
        }
    }

    /** Equal-weight next hops in route order. */
    public static HashThreshold of(List<String> hops) {
        return weighted(hops, Collections.nCopies(hops.size(), 1));
    }

    /** Weighted next hops: {@code weights.get(i)} (at least 1) belongs to {@code hops.get(i)}. */
    public static HashThreshold weighted(List<String> hops, List<Integer> weights) {
        List<String> names = Backends.checkNames(hops);
        if (weights.size() != names.size()) {
            throw new IllegalArgumentException(names.size() + " next hops but " + weights.size() + " weights");
        }
        for (Integer weight : weights) {
            if (weight == null || weight < 1 || weight > 0xFFFF) {
                throw new IllegalArgumentException("weights must be in 1..65535: " + weights);
            }
        }
        return new HashThreshold(names, List.copyOf(weights));
    }

    /** The 31-bit hash Linux compares with the bounds: the 32-bit hash shifted right by one. */
    public static long hash31(long hash) {
        return hash >>> 1;
    }

    /** Upper bound (inclusive) of each next hop's region of the 31-bit hash space, in route order. */
    public long[] upperBounds() {
        return upperBounds.clone();
    }

    /** Weights in route order. */
    public List<Integer> weights() {
        return weights;
    }

    @Override
    public String method() {
        return "hash-threshold";
    }

    @Override
    public List<String> backends() {
        return hops;
    }

    @Override
    public Selection select(long hash) {
        Backends.checkSelect(hash, hops);
        long h = hash31(hash);
        for (int i = 0; i < upperBounds.length; i++) {
            if (h <= upperBounds[i]) {
                return new Selection(i, hops.get(i));
            }
        }
        throw new IllegalStateException("bounds do not cover the hash space: " + h);
    }

    /** Same weights for next hops that stay, weight 1 for new ones, in the order of {@code live}. */
    @Override
    public HashThreshold withBackends(List<String> live) {
        List<Integer> liveWeights = new ArrayList<>(live.size());
        for (String hop : live) {
            int index = hops.indexOf(hop);
            liveWeights.add(index < 0 ? 1 : weights.get(index));
        }
        return weighted(live, liveWeights);
    }

    @Override
    public String toString() {
        return method() + " " + hops + " weights " + weights;
    }
}
