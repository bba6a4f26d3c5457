package org.mptcplab.engine.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mptcplab.engine.lb.HashFunction;
import org.mptcplab.engine.lb.Maglev;
import org.mptcplab.engine.wire.IpAddress;

/** Per-node checks of {@link ScenarioValidator}: host stacks, router ECMP, load balancer devices. */
final class NodeChecks {
    private NodeChecks() {
    }

    static void check(Topology t, Problems p) {
        List<NodeSpec> nodes = t.scenario().nodes();
        for (int i = 0; i < nodes.size(); i++) {
            String path = "nodes[" + i + "]";
            NodeSpec n = nodes.get(i);
            if (n instanceof HostSpec h) {
                host(t, h, path, p);
            } else if (n instanceof RouterSpec r && r.ecmp() != null) {
                hashFunction(r.ecmp().function(), path + ".ecmp.hash", p);
                if (r.ecmp().method() == EcmpMethod.RESILIENT) {
                    range(r.ecmp().buckets(), 1, 0xFFFF, path + ".ecmp.buckets", "bucket count", p);
                }
            } else if (n instanceof LoadBalancerSpec lb) {
                loadBalancer(t, lb, path, p);
            }
        }
    }

    private static void host(Topology t, HostSpec h, String path, Problems p) {
        Set<IpAddress> seen = new LinkedHashSet<>();
        for (int j = 0; j < h.localAddresses().size(); j++) {
            IpAddress a = h.localAddresses().get(j);
            if (!seen.add(a)) {
                p.add(path + ".localAddresses[" + j + "]", "duplicate local address " + a);
            }
        }
        if (!h.tcp().congestionControl().isEmpty()) {
            p.check(path + ".tcp.congestionControl",
                    () -> org.mptcplab.engine.tcp.CongestionControls.byName(h.tcp().congestionControl()));
        }
        p.check(path + ".tcp", () -> h.tcp().toConfig());
        MptcpSpec m = h.mptcp();
        for (int j = 0; j < m.endpoints().size(); j++) {
            IpAddress a = m.endpoints().get(j).address();
            List<IpAddress> own = t.addresses(h.name());
            if (!own.contains(a)) {
                p.add(path + ".mptcp.endpoints[" + j + "].address", a + " is not an address of " + h.name()
                        + " (its addresses: " + join(own) + ")");
            }
        }
        if (!m.scheduler().equals(MptcpSpec.DEFAULT_SCHEDULER)) {
            p.add(path + ".mptcp.scheduler", "unknown scheduler \"" + m.scheduler() + "\" (known: "
                    + MptcpSpec.DEFAULT_SCHEDULER + ")");
        }
    }

    private static void loadBalancer(Topology t, LoadBalancerSpec lb, String path, Problems p) {
        hashFunction(lb.hashFunction(), path + ".hash.function", p);
        if (lb.method() == SelectorMethod.MAGLEV && !Maglev.isPrime(lb.tableSize())) {
            p.add(path + ".selector.tableSize", "Maglev table size must be prime, got " + lb.tableSize()
                    + " (e.g. 13, 251 or 65537)");
        } else if (lb.method() == SelectorMethod.RESILIENT) {
            range(lb.tableSize(), 1, 0xFFFF, path + ".selector.tableSize", "bucket count", p);
        }
        if (lb.flowTable() < 0) {
            p.add(path + ".flowTable", "flow table capacity must not be negative");
        }
        if (lb.backends().isEmpty()) {
            p.add(path + ".backends", "a load balancer needs at least one backend");
        }
        for (NodeSpec other : t.scenario().nodes()) {
            if (t.interfaceAddresses(other.name()).contains(lb.vip())) {
                p.add(path + ".vip", "VIP " + lb.vip() + " is also an interface address of " + other.name());
            }
        }
        if (lb.mode() == LbMode.BEAMER) {
            range(lb.beamerThreshold(), 1, 0xFFFF, path + ".beamerThreshold", "Beamer threshold", p);
        }
        if (lb.mode() == LbMode.SERVER_ID_TOKEN) {
            range(lb.serverIdBits(), 1, 16, path + ".serverIdBits", "server id bits", p);
            if (lb.serverIdBits() >= 1 && lb.serverIdBits() <= 16 && lb.backends().size() > 1 << lb.serverIdBits()) {
                p.add(path + ".serverIdBits", lb.backends().size() + " backends do not fit in "
                        + lb.serverIdBits() + " id bits");
            }
        }
        backends(t, lb, path, p);
    }

    private static void backends(Topology t, LoadBalancerSpec lb, String path, Problems p) {
        List<String> seen = new ArrayList<>();
        for (int j = 0; j < lb.backends().size(); j++) {
            BackendSpec b = lb.backends().get(j);
            String bp = path + ".backends[" + j + "]";
            if (t.host(b.node()) == null) {
                p.add(bp + ".node", t.node(b.node()) == null ? Problems.unknown("node", b.node(), t.nodeNames())
                        : b.node() + " is not a host");
                continue;
            }
            if (seen.contains(b.node())) {
                p.add(bp + ".node", "duplicate backend " + b.node());
            }
            seen.add(b.node());
            if (!t.interfaceAddresses(b.node()).contains(b.address())) {
                p.add(bp + ".address", b.address() + " is not an interface address of " + b.node()
                        + " (its interface addresses: " + join(t.interfaceAddresses(b.node())) + ")");
            }
            if (lb.forwarding() == Forwarding.DSR && !t.host(b.node()).localAddresses().contains(lb.vip())) {
                p.add(bp + ".node", b.node() + " must hold the VIP " + lb.vip()
                        + " in its localAddresses for direct server return");
            }
            if (lb.mode() == LbMode.SERVER_ID_TOKEN) {
                serverIdClash(t, lb, j, bp, p);
            }
            if (lb.mode() == LbMode.BEAMER && b.beamerPort() < lb.beamerThreshold()) {
                p.add(bp + ".beamerPort", "Beamer port " + b.beamerPort() + " must be at least the threshold "
                        + lb.beamerThreshold());
            }
        }
    }

    /**
     * A server draws its keys for one id only, so two serverIdToken balancers must give a shared backend
     * the same position (its id); reported on the later balancer.
     */
    private static void serverIdClash(Topology t, LoadBalancerSpec lb, int index, String path, Problems p) {
        String node = lb.backends().get(index).node();
        for (NodeSpec n : t.scenario().nodes()) {
            if (n == lb) {
                return;
            }
            if (n instanceof LoadBalancerSpec other && other.mode() == LbMode.SERVER_ID_TOKEN) {
                int id = other.backends().stream().map(BackendSpec::node).toList().indexOf(node);
                if (id >= 0 && (id != index || other.serverIdBits() != lb.serverIdBits())) {
                    p.add(path + ".node", node + " has server id " + id + " in " + other.serverIdBits()
                            + " bits at " + other.name() + " but " + index + " in " + lb.serverIdBits()
                            + " bits here: its keys can carry only one");
                }
            }
        }
    }

    private static void hashFunction(String name, String path, Problems p) {
        if (!HashFunction.NAMES.contains(name)) {
            p.add(path, Problems.unknown("hash function", name, HashFunction.NAMES));
        }
    }

    private static void range(long value, long min, long max, String path, String what, Problems p) {
        if (value < min || value > max) {
            p.add(path, what + " must be in " + min + ".." + max + ", got " + value);
        }
    }

    static String join(List<IpAddress> addresses) {
        return addresses.isEmpty() ? "none" : String.join(", ", addresses.stream().map(IpAddress::toString).toList());
    }
}
