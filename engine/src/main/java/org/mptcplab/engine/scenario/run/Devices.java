package org.mptcplab.engine.scenario.run;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.mptcplab.engine.lb.Backend;
import org.mptcplab.engine.lb.BackendSelector;
import org.mptcplab.engine.lb.BeamerDispatch;
import org.mptcplab.engine.lb.BeamerMux;
import org.mptcplab.engine.lb.EcmpSelector;
import org.mptcplab.engine.lb.HashDecisionBuilder;
import org.mptcplab.engine.lb.HashFunction;
import org.mptcplab.engine.lb.HashInput;
import org.mptcplab.engine.lb.HashThreshold;
import org.mptcplab.engine.lb.LoadBalancer;
import org.mptcplab.engine.lb.Maglev;
import org.mptcplab.engine.lb.ModN;
import org.mptcplab.engine.lb.MptcpStatefulDispatch;
import org.mptcplab.engine.lb.ResilientBuckets;
import org.mptcplab.engine.lb.ServerIdDispatch;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.Node;
import org.mptcplab.engine.scenario.BackendSpec;
import org.mptcplab.engine.scenario.EcmpMethod;
import org.mptcplab.engine.scenario.EcmpSpec;
import org.mptcplab.engine.scenario.Forwarding;
import org.mptcplab.engine.scenario.HashFields;
import org.mptcplab.engine.scenario.LoadBalancerSpec;

/** Builds the forwarding devices of {@code lb}: load balancers and ECMP selectors, from their specs. */
final class Devices {
    private Devices() {
    }

    static HashInput input(HashFields fields) {
        return switch (fields) {
            case L4 -> HashInput.L4;
            case L3 -> HashInput.L3;
            case RSS -> HashInput.RSS;
        };
    }

    /** A load balancer with its VIP, hashing, selector and dispatch; backends come later ({@link #addBackends}). */
    static LoadBalancer loadBalancer(Network net, LoadBalancerSpec spec) {
        LoadBalancer lb = net.addNode(new LoadBalancer(net, spec.name(),
                spec.forwarding() == Forwarding.NAT ? org.mptcplab.engine.lb.Forwarding.NAT
                        : org.mptcplab.engine.lb.Forwarding.DSR));
        lb.addVip(spec.vip());
        lb.setHashing(new HashDecisionBuilder(HashFunction.named(spec.hashFunction()), input(spec.fields())));
        lb.setSelection(selection(spec));
        if (spec.flowTable() > 0) {
            lb.enableFlowTable(spec.flowTable());
        }
        switch (spec.mode()) {
            case STATEFUL -> lb.setDispatch(new MptcpStatefulDispatch());
            case BEAMER -> {
                TreeMap<Integer, String> ports = new TreeMap<>();
                spec.backends().forEach(b -> ports.put(b.beamerPort(), b.node()));
                lb.setDispatch(new BeamerDispatch(new BeamerMux(spec.beamerThreshold(), ports)));
            }
            case SERVER_ID_TOKEN -> lb.setDispatch(new ServerIdDispatch(spec.serverIdBits()));
            case PLAIN -> {
                // plain hashing is the balancer's default dispatch
            }
        }
        return lb;
    }

    private static Function<List<String>, BackendSelector> selection(LoadBalancerSpec spec) {
        int size = spec.tableSize();
        return switch (spec.method()) {
            case MOD -> ModN::of;
            case MAGLEV -> backends -> Maglev.of(size, backends);
            case HASH_THRESHOLD -> HashThreshold::of;
            case RESILIENT -> backends -> ResilientBuckets.of(size, backends);
        };
    }

    /** Adds the backends; the balancer finds each by its routing table, so routes must exist by the first packet. */
    static void addBackends(LoadBalancer lb, LoadBalancerSpec spec) {
        for (BackendSpec b : spec.backends()) {
            lb.addBackend(Backend.of(b.node(), b.address(), null));
        }
    }

    /** An ECMP selector for one route of {@code router}, next hops named by {@code naming}. */
    static EcmpSelector ecmp(Node router, EcmpSpec spec, Function<NextHop, String> naming) {
        HashDecisionBuilder hashing = new HashDecisionBuilder(HashFunction.named(spec.function()),
                input(spec.fields()));
        Function<List<String>, BackendSelector> factory = spec.method() == EcmpMethod.RESILIENT
                ? hops -> ResilientBuckets.of(spec.buckets(), hops) : HashThreshold::of;
        return new EcmpSelector(router, hashing, factory, naming);
    }
}
