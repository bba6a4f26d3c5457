package org.mptcplab.lessons.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mptcplab.engine.scenario.AppSpec;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.model.Variant;

/** Applies a step's {@link Variant} to the engine's scenario records. */
public final class ScenarioVariants {
    private ScenarioVariants() {
    }

    /**
     * {@code base} with the overrides of {@code v}.
     *
     * @throws IllegalArgumentException when an override has nothing to apply to (e.g. a JOIN port
     *                                  in a scenario without an MPTCP bulk transfer)
     */
    public static Scenario apply(Scenario base, Variant v) {
        List<AppSpec> apps = new ArrayList<>(base.applications());
        if (v.sourcePort().isPresent() || v.joinSourcePort().isPresent()) {
            int i = firstBulk(apps);
            BulkSpec bulk = (BulkSpec) apps.get(i);
            if (v.sourcePort().isPresent()) {
                bulk = bulk.withSourcePort(v.sourcePort().getAsInt());
            }
            if (v.joinSourcePort().isPresent()) {
                bulk = bulk.withJoinSourcePort(v.joinSourcePort().getAsInt());
            }
            apps.set(i, bulk);
        }
        Set<String> clients = new TreeSet<>();
        apps.forEach(a -> clients.add(a.from()));
        List<NodeSpec> nodes = new ArrayList<>();
        for (NodeSpec n : base.nodes()) {
            nodes.add(override(n, v, clients));
        }
        Scenario s = new Scenario(base.schemaVersion(), base.id(), base.title(), base.description(), base.assumptions(),
                base.seed(), base.duration(), nodes, base.links(), base.routing(), apps, base.faults(), base.events());
        return v.seed().isPresent() ? s.withSeed(v.seed().getAsLong()) : s;
    }

    private static int firstBulk(List<AppSpec> apps) {
        for (int i = 0; i < apps.size(); i++) {
            if (apps.get(i) instanceof BulkSpec) {
                return i;
            }
        }
        throw new IllegalArgumentException("the scenario has no bulk transfer whose source ports could be set");
    }

    private static NodeSpec override(NodeSpec n, Variant v, Set<String> clients) {
        if (n instanceof LoadBalancerSpec lb && v.hashFunction() != null) {
            return new LoadBalancerSpec(lb.name(), lb.vip(), lb.forwarding(), v.hashFunction(), lb.fields(),
                    lb.method(), lb.tableSize(), lb.flowTable(), lb.mode(), lb.backends(), lb.beamerThreshold(), lb.serverIdBits());
        }
        if (n instanceof HostSpec h && v.cFlag() != null && !clients.contains(h.name()) && h.mptcp().enabled()) {
            MptcpSpec m = h.mptcp();
            // C set means "do not join to my source address", i.e. allow_join_initial_addr_port = 0.
            MptcpSpec changed = new MptcpSpec(m.enabled(), !v.cFlag(), m.pathManager(), m.endpoints(), m.maxSubflows(),
                    m.addAddrAccepted(), m.addAddr(), m.scheduler(), m.coupling(), m.closeInitialSubflow());
            return new HostSpec(h.name(), h.localAddresses(), h.tcp(), changed, h.firewall());
        }
        return n;
    }
}
