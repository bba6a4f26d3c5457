package org.mptcplab.engine.scenario;

import java.util.Objects;

/**
 * How a router spreads packets over equal-cost next hops (PROTOCOL.md §3: Linux
 * {@code fib_multipath_hash_policy} 0 = {@link HashFields#L3}, 1 = {@link HashFields#L4}).
 *
 * @param function hash function name ({@code crc32}, {@code jenkins}, {@code toeplitz})
 * @param fields   hashed fields
 * @param method   hash-threshold or resilient buckets
 * @param buckets  bucket count for {@link EcmpMethod#RESILIENT}
 */
public record EcmpSpec(String function, HashFields fields, EcmpMethod method, int buckets) {
    /** Linux-like: L4 policy, hash-threshold. */
    public static final EcmpSpec DEFAULTS = new EcmpSpec("crc32", HashFields.L4, EcmpMethod.HASH_THRESHOLD, 64);

    /** Requires every part. */
    public EcmpSpec {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(method, "method");
    }
}
