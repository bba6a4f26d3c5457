/**
 * Protection of servers that expose a unique address next to a load-balanced one (the talk's
 * security slide): an ordered host firewall with hit counters and connection tracking, rules on
 * MPTCP options and tokens, and per-client IPv6 addresses that only one client may join.
 *
 * <p>May: read the packet fields and options a host firewall sees, keep bounded per-flow state,
 * compute keyed hashes with the JDK, and publish firewall events. May not: depend on the
 * {@code tcp} and {@code mptcp} stacks (what the stacks know, such as the set of live tokens, comes
 * in as a predicate supplied by whoever builds the host), read a clock or iterate unordered
 * collections.
 */
package org.mptcplab.engine.security;
