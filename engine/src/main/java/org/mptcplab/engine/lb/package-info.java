/**
 * Load balancing and ECMP: the decision logic (documented hash functions, the exact bytes they hash,
 * mod N, Maglev, hash-threshold, resilient buckets, per-flow and per-token tables, the Beamer mux,
 * server ids in tokens) and the devices built on it: the {@link org.mptcplab.engine.lb.LoadBalancer}
 * node (NAT or DSR, with the MPTCP-aware {@link org.mptcplab.engine.lb.Dispatch} alternatives), the
 * {@link org.mptcplab.engine.lb.EcmpSelector} plugged into routers, and the anycast
 * {@link org.mptcplab.engine.lb.RouteAnnouncer}.
 *
 * <p>May: compute hashes, build lookup tables, keep bounded tables with deterministic eviction, read
 * the header fields and MPTCP options a middlebox can see, rewrite IP addresses (NAT) and hop limits,
 * forward through {@code net}'s extension points, and describe each decision with everything
 * {@link org.mptcplab.engine.trace.HashDecision} needs so a student can recompute it by hand. May not:
 * read a clock (time comes from the simulator), draw randomness on its own (callers pass seeded
 * sources in), iterate hash-ordered collections in a decision, or depend on the {@code tcp} and
 * {@code mptcp} stacks: devices look at packets only.
 */
package org.mptcplab.engine.lb;
