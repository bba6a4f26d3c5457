package org.mptcplab.app.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mptcplab.engine.lb.LoadBalancer;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.NetInterface;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.Node;
import org.mptcplab.engine.net.Router;

/**
 * The static picture of a run: nodes and links, copied out of the engine once so views never hold
 * engine objects.
 */
public record TopologyModel(List<NodeInfo> nodes, List<LinkInfo> links) {

    public TopologyModel {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /**
     * Copies {@code network}; hosts whose name starts with {@code client} are clients, other hosts are
     * servers (the catalogue's naming convention).
     */
    public static TopologyModel of(Network network) {
        List<NodeInfo> nodes = new ArrayList<>();
        for (Node n : network.nodes()) {
            List<String> addresses = new ArrayList<>();
            for (NetInterface i : n.interfaces()) {
                i.addresses().forEach(a -> addresses.add(a.toString()));
            }
            nodes.add(new NodeInfo(n.name(), roleOf(n), addresses, services(n, addresses)));
        }
        List<LinkInfo> links = new ArrayList<>();
        for (Link l : network.links()) {
            links.add(new LinkInfo(l.name(), l.a().node().name(), l.a().name(), l.b().node().name(), l.b().name(),
                    l.ab().config().rateBitsPerSecond(), l.ab().config().propagationDelayNanos(), first(l.a()),
                    first(l.b())));
        }
        return new TopologyModel(nodes, links);
    }

    private static String first(NetInterface i) {
        return i.addresses().isEmpty() ? "" : i.addresses().get(0).toString();
    }

    private static List<String> services(Node n, List<String> onInterfaces) {
        List<String> out = new ArrayList<>();
        if (n instanceof LoadBalancer lb) {
            lb.vips().forEach(v -> out.add(v.toString()));
        } else if (n instanceof Host h) {
            h.localAddresses().stream().map(Object::toString).filter(a -> !onInterfaces.contains(a)).forEach(out::add);
        }
        return out;
    }

    private static NodeRole roleOf(Node n) {
        if (n instanceof LoadBalancer) {
            return NodeRole.LOAD_BALANCER;
        }
        if (n instanceof Router) {
            return NodeRole.ROUTER;
        }
        if (n instanceof Host) {
            return n.name().startsWith("client") ? NodeRole.CLIENT : NodeRole.SERVER;
        }
        return NodeRole.ROUTER;
    }

    /** The link attached to {@code node}'s interface {@code iface}. */
    public Optional<LinkInfo> linkAt(String node, String iface) {
        for (LinkInfo l : links) {
            if (l.a().equals(node) && l.aIface().equals(iface) || l.b().equals(node) && l.bIface().equals(iface)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The node called {@code name}. */
    public Optional<NodeInfo> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }
}
