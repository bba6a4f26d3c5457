package org.mptcplab.engine.lb;

import java.util.Arrays;
import java.util.List;

/**
 * A resilient next-hop group (Linux {@code ip nexthop add ... type resilient buckets B}, kernel 5.13):
 * a table of B buckets, each owned by one next hop; a packet goes to
 * {@code bucket = (hash >>> 1) mod B} (Linux indexes buckets with the same 31-bit multipath hash as
 * hash-threshold). When the group changes only the buckets that must move do: those of a removed
 * next hop, and, when one is added, just enough buckets from the hops holding more than their share.
 *
 * <p>Shares are equal: with n hops each should own B/n buckets, and the B mod n extra buckets go to
 * the hops that currently own most (ties: group order), so nothing moves that need not. Freed buckets
 * are handed out in ascending bucket order, each to the hop owning fewest buckets among those below
 * their share (ties: group order); a hop above its share gives up its highest-numbered buckets first. Simplified from Linux:
 * no weights, no idle timer (Linux may wait until a bucket is idle before moving it), no unbalanced
 * timer.
 */
public final class ResilientBuckets implements BackendSelector {
    private final List<String> hops;
    private final String[] owners;

    private ResilientBuckets(List<String> hops, String[] owners) {
        this.hops = hops;
        this.owners = owners;
    }

    /** A fresh group of {@code buckets} buckets over {@code hops}, which then own buckets round-robin. */
    public static ResilientBuckets of(int buckets, List<String> hops) {
        if (buckets < 1 || buckets > 0xFFFF) {
            throw new IllegalArgumentException("bucket count must be in 1..65535, got " + buckets);
        }
        List<String> names = Backends.checkNames(hops);
        return new ResilientBuckets(names, BucketBalancer.rebalance(new String[buckets], names));
    }

    /** Number of buckets B. */
    public int bucketCount() {
        return owners.length;
    }

    /** Owner of each bucket, by name (null only when the group is empty). */
    public List<String> owners() {
        return Arrays.asList(owners.clone());
    }

    /** How many buckets {@code hop} owns. */
    public int bucketsOf(String hop) {
        return (int) Arrays.stream(owners).filter(hop::equals).count();
    }

    @Override
    public String method() {
        return "resilient B=" + owners.length;
    }

    @Override
    public List<String> backends() {
        return hops;
    }

    @Override
    public Selection select(long hash) {
        Backends.checkSelect(hash, hops);
        int bucket = (int) (HashThreshold.hash31(hash) % owners.length);
        return new Selection(bucket, owners[bucket]);
    }

    /** The group after next hops were added or removed; only buckets that must move change owner. */
    @Override
    public ResilientBuckets withBackends(List<String> live) {
        List<String> names = Backends.checkNames(live);
        return new ResilientBuckets(names, BucketBalancer.rebalance(owners.clone(), names));
    }

    @Override
    public String toString() {
        return method() + " " + hops;
    }
}
