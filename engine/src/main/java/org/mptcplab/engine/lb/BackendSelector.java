package org.mptcplab.engine.lb;

import java.util.List;

/**
 * Turns a 32-bit hash into one of the live backends (or ECMP next hops). A selector is an immutable
 * value built for one set of backends; {@link #withBackends(List)} gives the selector for a changed
 * set, derived from this one where the method has memory (resilient buckets) and rebuilt otherwise.
 */
public sealed interface BackendSelector permits ModN, Maglev, HashThreshold, ResilientBuckets {

    /** How the hash becomes a choice, as shown in traces: "mod 3", "maglev M=13", "hash-threshold", ... */
    String method();

    /** The live backends in table order (the order slots and indices refer to). */
    List<String> backends();

    /**
     * The backend for {@code hash}.
     *
     * @param hash unsigned 32-bit hash value
     * @throws IllegalStateException if there is no live backend (check {@link #backends()} first)
     */
    Selection select(long hash);

    /** The selector of the same method and parameters for another set of live backends. */
    BackendSelector withBackends(List<String> live);
}
