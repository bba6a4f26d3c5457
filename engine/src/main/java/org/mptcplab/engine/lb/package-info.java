/**
 * Load-balancer and ECMP decision logic: documented hash functions, the exact bytes they hash,
 * and the methods that turn a hash into a backend or next hop (mod N, Maglev, hash-threshold,
 * resilient buckets), plus the per-flow and per-token tables of stateful balancers.
 *
 * <p>May: compute hashes, build lookup tables, keep bounded tables with deterministic eviction, and
 * describe each decision with everything {@link org.mptcplab.engine.trace.HashDecision} needs so a
 * student can recompute it by hand. May not: read a clock, draw randomness on its own (callers pass
 * seeded sources in), iterate hash-ordered collections in a decision, or forward packets; nodes in
 * {@code net} call into this package and do the forwarding.
 */
package org.mptcplab.engine.lb;
