package org.mptcplab.engine.net;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;

/**
 * The topology of one run: nodes and the links between them, sharing one simulator and one trace
 * bus. Names are unique; nodes and links are listed in creation order, which is what makes
 * everything built from them iterate deterministically.
 */
public final class Network {
    private final Simulator simulator;
    private final TraceBus trace;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();

    /** An empty network running on {@code simulator} and publishing to {@code trace}. */
    public Network(Simulator simulator, TraceBus trace) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.trace = Objects.requireNonNull(trace, "trace");
    }

    /** The clock and random streams of the run. */
    public Simulator simulator() {
        return simulator;
    }

    /** Where nodes and links publish. */
    public TraceBus trace() {
        return trace;
    }

    /** Adds a host called {@code name}. */
    public Host addHost(String name) {
        return addNode(new Host(this, name));
    }

    /** Adds a router called {@code name}. */
    public Router addRouter(String name) {
        return addNode(new Router(this, name));
    }

    /** Registers a node of any kind (e.g. a load balancer) built for this network. */
    public <N extends Node> N addNode(N node) {
        if (node.network() != this) {
            throw new IllegalArgumentException(node.name() + " was built for another network");
        }
        if (nodes.containsKey(node.name())) {
            throw new IllegalArgumentException("duplicate node name: " + node.name());
        }
        nodes.put(node.name(), node);
        return node;
    }

    /**
     * Connects {@code a} and {@code b} with a new link, giving each a new interface ({@code eth0},
     * {@code eth1}, ... per node). The link is named {@code a-b}, or {@code a-b#2} and so on for
     * parallel links.
     *
     * @param addrA address of a's new interface, or {@code null} for none
     * @param addrB address of b's new interface, or {@code null} for none
     * @param ab    the direction from a to b
     * @param ba    the direction from b to a
     */
    public Link connect(Node a, IpAddress addrA, Node b, IpAddress addrB, LinkConfig ab, LinkConfig ba) {
        requireMember(a);
        requireMember(b);
        if (a == b) {
            throw new IllegalArgumentException("cannot connect " + a.name() + " to itself");
        }
        Objects.requireNonNull(ab, "ab");
        Objects.requireNonNull(ba, "ba");
        String base = a.name() + "-" + b.name();
        String name = base;
        for (int n = 2; links.containsKey(name); n++) {
            name = base + "#" + n;
        }
        NetInterface ia = a.addEthernet();
        NetInterface ib = b.addEthernet();
        if (addrA != null) {
            ia.addAddress(addrA);
        }
        if (addrB != null) {
            ib.addAddress(addrB);
        }
        Link link = new Link(name, ia, ib, ab, ba);
        links.put(name, link);
        return link;
    }

    /** {@link #connect(Node, IpAddress, Node, IpAddress, LinkConfig, LinkConfig)} with the same config both ways. */
    public Link connect(Node a, IpAddress addrA, Node b, IpAddress addrB, LinkConfig both) {
        return connect(a, addrA, b, addrB, both, both);
    }

    /** The node called {@code name}. */
    public Node node(String name) {
        Node n = nodes.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no node " + name);
        }
        return n;
    }

    /** The host called {@code name}. */
    public Host host(String name) {
        return as(Host.class, node(name));
    }

    /** The router called {@code name}. */
    public Router router(String name) {
        return as(Router.class, node(name));
    }

    /** The link called {@code name}. */
    public Link link(String name) {
        Link l = links.get(name);
        if (l == null) {
            throw new IllegalArgumentException("no link " + name);
        }
        return l;
    }

    /** True when a node is called {@code name}. */
    public boolean hasNode(String name) {
        return nodes.containsKey(name);
    }

    /** Nodes in creation order. */
    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Links in creation order. */
    public List<Link> links() {
        return List.copyOf(links.values());
    }

    private void requireMember(Node node) {
        if (nodes.get(node.name()) != node) {
            throw new IllegalArgumentException(node.name() + " is not a node of this network");
        }
    }

    private static <T extends Node> T as(Class<T> type, Node node) {
        if (!type.isInstance(node)) {
            throw new IllegalArgumentException(node.name() + " is not a " + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
        return type.cast(node);
    }
}
