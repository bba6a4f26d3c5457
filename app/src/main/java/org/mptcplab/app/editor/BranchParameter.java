package org.mptcplab.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mptcplab.engine.lb.HashFunction;
import org.mptcplab.engine.scenario.AppSpec;
import org.mptcplab.engine.scenario.Forwarding;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.Identified;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.Scenario;

/**
 * The one parameter a branch changes. Each applies scenario-wide, the way a lecture asks "what if":
 * every load balancer's hash or forwarding, every server's C flag, loss on the clients' access links,
 * the source port of every bulk transfer's initial subflow or of its MP_JOIN.
 */
public enum BranchParameter {
    /** Hash function of every load balancer. */
    HASH_FUNCTION("Hash function"),
    /** Flag C (RFC 8684 section 3.1) on every MPTCP host that no application starts from. */
    C_FLAG("C flag on servers"),
    /** NAT or DSR on every load balancer. */
    FORWARDING("Forwarding"),
    /** Random loss on every link touching a host an application starts from. */
    LOSS("Loss on client links"),
    /** Source port of every bulk transfer's initial subflow: another 5-tuple, so another hash. */
    CLIENT_PORT("Client source port"),
    /** Source port of every MPTCP bulk transfer's first MP_JOIN: the JOIN may hash to the right server. */
    JOIN_PORT("MP_JOIN source port");

    private final String label;

    BranchParameter(String label) {
        this.label = label;
    }

    /** Name shown in the branch dialog. */
    public String label() {
        return label;
    }

    /** Values offered; loss is free text (0 to 1), so it offers typical ones. */
    public List<String> choices() {
        return switch (this) {
            case HASH_FUNCTION -> HashFunction.NAMES;
            case C_FLAG -> List.of("on", "off");
            case FORWARDING -> Identified.ids(Forwarding.class);
            case LOSS -> List.of("0.0", "0.01", "0.05", "0.2");
            case CLIENT_PORT, JOIN_PORT -> ClientPorts.CHOICES;
        };
    }

    /**
     * {@code s} with this parameter set to {@code value} everywhere it applies.
     *
     * @throws IllegalArgumentException when the value is not valid or nothing in {@code s} has it
     */
    public Scenario apply(Scenario s, String value) {
        if (this == CLIENT_PORT || this == JOIN_PORT) {
            return ClientPorts.apply(s, this == JOIN_PORT, ClientPorts.parse(value), label);
        }
        List<NodeSpec> nodes = new ArrayList<>(s.nodes());
        List<LinkSpec> links = new ArrayList<>(s.links());
        Set<String> clients = clients(s);
        int changed = 0;
        if (this == LOSS) {
            double loss = LinkProperties.parseLoss(value);
            for (int i = 0; i < links.size(); i++) {
                LinkSpec l = links.get(i);
                if (clients.contains(l.a().node()) || clients.contains(l.b().node())) {
                    links.set(i, ScenarioEdits.withBothDirections(l, p -> ScenarioEdits.withLoss(p, loss)));
                    changed++;
                }
            }
        } else {
            for (int i = 0; i < nodes.size(); i++) {
                NodeSpec n = nodes.get(i);
                NodeSpec next = applyToNode(n, value, clients);
                if (next != n) {
                    nodes.set(i, next);
                    changed++;
                }
            }
        }
        if (changed == 0) {
            throw new IllegalArgumentException("scenario " + s.id() + " has nothing to change for " + label);
        }
        return ScenarioEdits.withNodesAndLinks(s, nodes, links);
    }

    private NodeSpec applyToNode(NodeSpec n, String value, Set<String> clients) {
        return switch (this) {
            case HASH_FUNCTION, FORWARDING -> n instanceof LoadBalancerSpec
                    ? NodeProperties.apply(n, this == HASH_FUNCTION ? "hash.function" : "forwarding", value) : n;
            case C_FLAG -> {
                boolean on = switch (value.strip()) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw new IllegalArgumentException("C flag is on or off, got \"" + value + "\"");
                };
                yield n instanceof HostSpec h && h.mptcp().enabled() && !clients.contains(h.name())
                        ? ScenarioEdits.withMptcp(h, ScenarioEdits.withAllowJoin(h.mptcp(), !on)) : n;
            }
            case LOSS, CLIENT_PORT, JOIN_PORT -> n;
        };
    }

    private static Set<String> clients(Scenario s) {
        Set<String> names = new TreeSet<>();
        for (AppSpec a : s.applications()) {
            names.add(a.from());
        }
        return names;
    }
}
