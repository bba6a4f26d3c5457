package org.mptcplab.app.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mptcplab.engine.scenario.BackendSpec;
import org.mptcplab.engine.scenario.EndpointSpec;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LinkEnd;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Ipv4Address;

/**
 * Adds a server behind a load balancer by copying its last backend: same host settings and links,
 * a fresh name ({@code s3} gives {@code s4}) and fresh IPv4 addresses (the server's own addresses
 * count up by one, the far ends of its links move to the next /24), so the copy is reachable exactly
 * like the original. The VIP it holds on a loopback is kept.
 */
final class BackendCloner {

    private BackendCloner() {
    }

    static Scenario addBackend(Scenario s, String lbName) {
        if (!(s.node(lbName).orElse(null) instanceof LoadBalancerSpec lb)) {
            throw new IllegalArgumentException(lbName + " is not a load balancer");
        }
        if (lb.backends().isEmpty()) {
            throw new IllegalArgumentException(lbName + " has no backend to copy");
        }
        BackendSpec template = lb.backends().get(lb.backends().size() - 1);
        if (!(s.node(template.node()).orElse(null) instanceof HostSpec host)) {
            throw new IllegalArgumentException("backend " + template.node() + " is not a host");
        }
        String name = freshName(s, host.name());
        TreeSet<IpAddress> used = usedAddresses(s);
        Map<IpAddress, IpAddress> renamed = new LinkedHashMap<>();
        List<LinkSpec> links = new ArrayList<>(s.links());
        for (LinkSpec l : s.links()) {
            if (l.touches(host.name())) {
                links.add(new LinkSpec(copyEnd(l.a(), host.name(), name, used, renamed),
                        copyEnd(l.b(), host.name(), name, used, renamed), l.ab(), l.ba()));
            }
        }
        List<IpAddress> locals = host.localAddresses().stream().map(a -> renamed.getOrDefault(a, a)).toList();
        List<EndpointSpec> endpoints = host.mptcp().endpoints().stream()
                .map(e -> new EndpointSpec(renamed.getOrDefault(e.address(), e.address()), e.port(), e.flags()))
                .toList();
        HostSpec copy = new HostSpec(name, locals, host.tcp(), new MptcpSpec(
                host.mptcp().enabled(), host.mptcp().allowJoinInitialAddrPort(), host.mptcp().pathManager(),
                endpoints, host.mptcp().maxSubflows(), host.mptcp().addAddrAccepted(), host.mptcp().addAddr(),
                host.mptcp().scheduler(), host.mptcp().coupling(), host.mptcp().closeInitialSubflow()),
                host.firewall());
        int port = template.beamerPort() == 0 ? 0 : lb.backends().stream().mapToInt(BackendSpec::beamerPort).max()
                .orElse(0) + 1;
        List<BackendSpec> backends = new ArrayList<>(lb.backends());
        backends.add(new BackendSpec(name, renamed.getOrDefault(template.address(), template.address()), port));
        List<NodeSpec> nodes = new ArrayList<>();
        for (NodeSpec n : s.nodes()) {
            nodes.add(n.name().equals(lbName) ? ScenarioEdits.withBackends(lb, backends) : n);
            if (n.name().equals(host.name())) {
                nodes.add(copy);
            }
        }
        return ScenarioEdits.withNodesAndLinks(s, nodes, links);
    }

    private static LinkEnd copyEnd(LinkEnd end, String from, String to, TreeSet<IpAddress> used,
            Map<IpAddress, IpAddress> renamed) {
        boolean own = end.node().equals(from);
        IpAddress address = end.address();
        if (address != null) {
            IpAddress fresh = next(address, own ? 1 : 256, used);
            renamed.put(address, fresh);
            address = fresh;
        }
        return new LinkEnd(own ? to : end.node(), address);
    }

    private static IpAddress next(IpAddress a, int step, TreeSet<IpAddress> used) {
        if (!(a instanceof Ipv4Address v4)) {
            throw new IllegalArgumentException("copying a backend with IPv6 link addresses is not supported");
        }
        int value = v4.value();
        for (int i = 0; i < 1 << 16; i++) {
            value += step;
            IpAddress candidate = new Ipv4Address(value);
            if (used.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no free address near " + a);
    }

    private static TreeSet<IpAddress> usedAddresses(Scenario s) {
        TreeSet<IpAddress> used = new TreeSet<>();
        for (LinkSpec l : s.links()) {
            for (LinkEnd e : List.of(l.a(), l.b())) {
                if (e.address() != null) {
                    used.add(e.address());
                }
            }
        }
        for (NodeSpec n : s.nodes()) {
            if (n instanceof HostSpec h) {
                used.addAll(h.localAddresses());
            } else if (n instanceof LoadBalancerSpec lb) {
                used.add(lb.vip());
                lb.backends().forEach(b -> used.add(b.address()));
            }
        }
        return used;
    }

    private static String freshName(Scenario s, String base) {
        String stem = base.replaceAll("\\d+$", "");
        for (int n = 2; ; n++) {
            String candidate = stem + n;
            if (s.node(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /** {@code s} without {@code node} among {@code lbName}'s backends; the host itself stays. */
    static Scenario removeBackend(Scenario s, String lbName, String node) {
        if (!(s.node(lbName).orElse(null) instanceof LoadBalancerSpec lb)) {
            throw new IllegalArgumentException(lbName + " is not a load balancer");
        }
        if (lb.backend(node) == null) {
            throw new IllegalArgumentException(node + " is not a backend of " + lbName);
        }
        List<BackendSpec> backends = lb.backends().stream().filter(b -> !b.node().equals(node)).toList();
        return ScenarioEdits.withNode(s, ScenarioEdits.withBackends(lb, backends));
    }
}
