package org.mptcplab.engine.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Lookups over a scenario's topology that both the validator and the builder need: nodes by name,
 * the addresses each node holds, neighbours, and which nodes serve an address. All lists keep file
 * order, so everything derived from them is deterministic. Tolerates invalid scenarios (unknown
 * names are skipped), so the validator can use it before knowing the scenario is sound.
 */
public final class Topology {
    private final Scenario scenario;
    private final Map<String, NodeSpec> nodes = new LinkedHashMap<>();
    private final Map<String, List<IpAddress>> interfaceAddresses = new LinkedHashMap<>();
    private final Map<String, List<String>> neighbours = new LinkedHashMap<>();

    /** Indexes {@code scenario}. */
    public Topology(Scenario scenario) {
        this.scenario = scenario;
        for (NodeSpec n : scenario.nodes()) {
            nodes.putIfAbsent(n.name(), n);
            interfaceAddresses.putIfAbsent(n.name(), new ArrayList<>());
            neighbours.putIfAbsent(n.name(), new ArrayList<>());
        }
        for (LinkSpec l : scenario.links()) {
            addEnd(l.a(), l.b().node());
            addEnd(l.b(), l.a().node());
        }
    }

    private void addEnd(LinkEnd end, String other) {
        if (!nodes.containsKey(end.node())) {
            return;
        }
        if (end.address() != null) {
            interfaceAddresses.get(end.node()).add(end.address());
        }
        List<String> n = neighbours.get(end.node());
        if (nodes.containsKey(other) && !n.contains(other)) {
            n.add(other);
        }
    }

    /** The scenario indexed. */
    public Scenario scenario() {
        return scenario;
    }

    /** The node called {@code name}, or {@code null}. */
    public NodeSpec node(String name) {
        return nodes.get(name);
    }

    /** The host called {@code name}, or {@code null} (also when the node is not a host). */
    public HostSpec host(String name) {
        return nodes.get(name) instanceof HostSpec h ? h : null;
    }

    /** Known node names in file order, for "known: ..." lists. */
    public List<String> nodeNames() {
        return List.copyOf(nodes.keySet());
    }

    /** Addresses of the node's interfaces, in link order. */
    public List<IpAddress> interfaceAddresses(String node) {
        return List.copyOf(interfaceAddresses.getOrDefault(node, List.of()));
    }

    /** Interface addresses, then extra local addresses (hosts), then the VIP (load balancers). */
    public List<IpAddress> addresses(String node) {
        List<IpAddress> all = new ArrayList<>(interfaceAddresses(node));
        NodeSpec n = nodes.get(node);
        if (n instanceof HostSpec h) {
            h.localAddresses().stream().filter(a -> !all.contains(a)).forEach(all::add);
        } else if (n instanceof LoadBalancerSpec lb && !all.contains(lb.vip())) {
            all.add(lb.vip());
        }
        return all;
    }

    /** Neighbours in link order. */
    public List<String> neighbours(String node) {
        return List.copyOf(neighbours.getOrDefault(node, List.of()));
    }

    /** The load balancer whose VIP is {@code address}, or {@code null}. */
    public LoadBalancerSpec loadBalancerFor(IpAddress address) {
        for (NodeSpec n : nodes.values()) {
            if (n instanceof LoadBalancerSpec lb && lb.vip().equals(address)) {
                return lb;
            }
        }
        return null;
    }

    /**
     * The hosts that run the server side for an application addressed to {@code address}: the backends
     * of the load balancer owning it as VIP, else every host holding it (interface or local address,
     * several for anycast).
     */
    public List<String> serversOf(IpAddress address) {
        LoadBalancerSpec lb = loadBalancerFor(address);
        List<String> servers = new ArrayList<>();
        if (lb != null) {
            lb.backends().stream().map(BackendSpec::node).filter(nodes::containsKey).forEach(servers::add);
            return servers;
        }
        for (NodeSpec n : nodes.values()) {
            if (n instanceof HostSpec && addresses(n.name()).contains(address)) {
                servers.add(n.name());
            }
        }
        return servers;
    }
}
