package org.mptcplab.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mptcplab.engine.scenario.AppSpec;
import org.mptcplab.engine.scenario.BackendSpec;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LinkParams;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.Scenario;

/**
 * Copies of scenario records with one part replaced. The engine's records have few "with" methods,
 * so the editor builds them here with the canonical constructors.
 */
final class ScenarioEdits {

    private ScenarioEdits() {
    }

    static Scenario withNodesAndLinks(Scenario s, List<NodeSpec> nodes, List<LinkSpec> links) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(),
                s.duration(), nodes, links, s.routing(), s.applications(), s.faults(), s.events());
    }

    static Scenario withApplications(Scenario s, List<AppSpec> applications) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(),
                s.duration(), s.nodes(), s.links(), s.routing(), applications, s.faults(), s.events());
    }

    /** {@code s} with the node of the same name as {@code node} replaced by it. */
    static Scenario withNode(Scenario s, NodeSpec node) {
        List<NodeSpec> nodes = new ArrayList<>(s.nodes());
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name().equals(node.name())) {
                nodes.set(i, node);
            }
        }
        return withNodesAndLinks(s, nodes, s.links());
    }

    /** {@code s} with link {@code index} replaced. */
    static Scenario withLink(Scenario s, int index, LinkSpec link) {
        List<LinkSpec> links = new ArrayList<>(s.links());
        links.set(index, link);
        return withNodesAndLinks(s, s.nodes(), links);
    }

    static HostSpec withMptcp(HostSpec h, MptcpSpec m) {
        return new HostSpec(h.name(), h.localAddresses(), h.tcp(), m, h.firewall());
    }

    static MptcpSpec withAllowJoin(MptcpSpec m, boolean allow) {
        return new MptcpSpec(m.enabled(), allow, m.pathManager(), m.endpoints(), m.maxSubflows(),
                m.addAddrAccepted(), m.addAddr(), m.scheduler(), m.coupling(), m.closeInitialSubflow());
    }

    static LinkSpec withBothDirections(LinkSpec l, UnaryOperator<LinkParams> change) {
        return new LinkSpec(l.a(), l.b(), change.apply(l.ab()), change.apply(l.ba()));
    }

    static LinkParams withLoss(LinkParams p, double loss) {
        return new LinkParams(p.rate(), p.delay(), loss, p.queuePackets(), p.queueBytes(), p.framing());
    }

    static LoadBalancerSpec withBackends(LoadBalancerSpec lb, List<BackendSpec> b) {
        return new LoadBalancerSpec(lb.name(), lb.vip(), lb.forwarding(), lb.hashFunction(), lb.fields(),
                lb.method(), lb.tableSize(), lb.flowTable(), lb.mode(), b, lb.beamerThreshold(),
                lb.serverIdBits());
    }
}
