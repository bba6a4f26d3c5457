package org.mptcplab.engine.lb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.NextHopSelector;
import org.mptcplab.engine.net.Node;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;

/**
 * ECMP for a router's multipath route: adapts a {@link BackendSelector} (hash-threshold as Linux
 * does by default, or a resilient bucket group) to {@link NextHopSelector}. The hash is one of the
 * documented {@link HashFunction}s over the L3 (Linux {@code fib_multipath_hash_policy=0}) or L4
 * (policy 1) fields; Linux's own hash (SipHash of the flow keys) is not reproduced, the point being
 * that a student can recompute every choice from the published {@link
 * org.mptcplab.engine.trace.HashDecision}, whose "chosen" is the next hop's name.
 *
 * <p>The selector follows the route's next-hop group: whenever the group differs from the one it was
 * built for, it moves on with {@link BackendSelector#withBackends}, so resilient buckets keep their
 * memory. Callers that change the group should call {@link #sync} right away ({@link RouteAnnouncer}
 * does), so that each change is seen even if no packet passes between two of them.
 */
public final class EcmpSelector implements NextHopSelector {
    private final Node node;
    private final HashDecisionBuilder hashing;
    private final Function<List<String>, BackendSelector> factory;
    private final Function<NextHop, String> naming;
    private List<NextHop> group;
    private List<String> names;
    private BackendSelector selector;

    /**
     * @param node    the router whose route uses this selector (for trace events)
     * @param hashing hash function and fields
     * @param factory builds the first selector from next-hop names, e.g. {@code HashThreshold::of}
     * @param naming  how a next hop is called in decisions, e.g. its gateway or the server behind it
     */
    public EcmpSelector(Node node, HashDecisionBuilder hashing, Function<List<String>, BackendSelector> factory,
            Function<NextHop, String> naming) {
        this.node = Objects.requireNonNull(node, "node");
        this.hashing = Objects.requireNonNull(hashing, "hashing");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.naming = Objects.requireNonNull(naming, "naming");
    }

    /** Linux's default: hash-threshold (RFC 2992) with CRC-32 over the given policy's fields, next hops named as {@code ip route} prints them. */
    public static EcmpSelector hashThreshold(Node node, HashInput policy) {
        return new EcmpSelector(node, new HashDecisionBuilder(new Crc32(), policy), HashThreshold::of, NextHop::toString);
    }

    /** A resilient group of {@code buckets} buckets with CRC-32 over the given policy's fields. */
    public static EcmpSelector resilient(Node node, HashInput policy, int buckets) {
        return new EcmpSelector(node, new HashDecisionBuilder(new Crc32(), policy),
                hops -> ResilientBuckets.of(buckets, hops), NextHop::toString);
    }

    /** The same selector with next hops called by {@code newNaming} (e.g. the anycast server behind each). */
    public EcmpSelector named(Function<NextHop, String> newNaming) {
        return new EcmpSelector(node, hashing, factory, newNaming);
    }

    /** The hashing policy. */
    public HashDecisionBuilder hashing() {
        return hashing;
    }

    /** The selector for the group last seen, or {@code null} before the first packet or sync. */
    public BackendSelector current() {
        return selector;
    }

    /** Brings the selector up to date with {@code candidates}, the route's next hops now. */
    public void sync(List<NextHop> candidates) {
        if (candidates.equals(group)) {
            return;
        }
        List<String> newNames = new ArrayList<>(candidates.size());
        for (NextHop hop : candidates) {
            newNames.add(naming.apply(hop));
        }
        selector = selector == null ? factory.apply(newNames) : selector.withBackends(newNames);
        group = List.copyOf(candidates);
        names = List.copyOf(newNames);
    }

    @Override
    public NextHop select(Packet packet, List<NextHop> candidates) {
        sync(candidates);
        FiveTuple tuple = FiveTuple.of(packet);
        TraceBus trace = node.trace();
        String chosen;
        if (trace.enabled()) {
            LbDecision decision = hashing.decide(tuple, selector);
            trace.publish(decision.toEvent(node.simulator().now(), node.name(), packet));
            chosen = decision.chosen();
        } else {
            chosen = selector.select(hashing.hash(tuple)).backend();
        }
        return group.get(names.indexOf(chosen));
    }

    @Override
    public String toString() {
        return "ecmp " + (selector == null ? "(no group yet)" : selector.method()) + " " + hashing;
    }
}
