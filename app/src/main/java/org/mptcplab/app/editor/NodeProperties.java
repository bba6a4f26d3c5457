package org.mptcplab.app.editor;

import java.util.List;
import org.mptcplab.engine.lb.HashFunction;
import org.mptcplab.engine.scenario.AddAddrMode;
import org.mptcplab.engine.scenario.AddAddrSpec;
import org.mptcplab.engine.scenario.Forwarding;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.Identified;
import org.mptcplab.engine.scenario.LbMode;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.PathManagerKind;
import org.mptcplab.engine.scenario.SelectorMethod;
import org.mptcplab.engine.scenario.Units;

/**
 * The editable properties of hosts (MPTCP options, PROTOCOL.md section 4) and load balancers (forwarding,
 * hash, selector, mode). Keys are the field paths of the scenario format, so a validator problem at
 * {@code nodes[i].<key>} lands next to the right field.
 */
final class NodeProperties {
    static final String MPTCP = "MPTCP";
    static final String LB = "Load balancer";

    private NodeProperties() {
    }

    static List<EditorProperty> of(NodeSpec node) {
        if (node instanceof HostSpec h) {
            MptcpSpec m = h.mptcp();
            return List.of(
                    EditorProperty.flag("mptcp.enabled", MPTCP, "MPTCP enabled", m.enabled(),
                            "Whether this host speaks MPTCP (RFC 8684)."),
                    EditorProperty.flag("mptcp.allowJoinInitialAddrPort", MPTCP, "Allow join to initial address",
                            m.allowJoinInitialAddrPort(), "Linux net.mptcp.allow_join_initial_addr_port; off sets"
                                    + " flag C in MP_CAPABLE (RFC 8684 section 3.1)."),
                    EditorProperty.choice("mptcp.pathManager", MPTCP, "Path manager", m.pathManager().id(),
                            Identified.ids(PathManagerKind.class), "In-kernel, fullmesh, or the paper's"
                                    + " loadbalancing path manager."),
                    EditorProperty.choice("mptcp.addAddr.mode", MPTCP, "ADD_ADDR mode", m.addAddr().mode().id(),
                            Identified.ids(AddAddrMode.class), "How an unechoed ADD_ADDR is repeated"
                                    + " (RFC 8684 section 3.4.1)."),
                    EditorProperty.text("mptcp.addAddr.timeout", MPTCP, "ADD_ADDR timeout",
                            Units.formatDuration(m.addAddr().timeout()), "Cap on the retransmission timer,"
                                    + " Linux net.mptcp.add_addr_timeout."));
        }
        if (node instanceof LoadBalancerSpec lb) {
            return List.of(
                    EditorProperty.choice("mode", LB, "Mode", lb.mode().id(), Identified.ids(LbMode.class),
                            "Plain hashing, MPTCP-aware stateful, Beamer, or server id in the token."),
                    EditorProperty.choice("forwarding", LB, "Forwarding", lb.forwarding().id(),
                            Identified.ids(Forwarding.class), "NAT rewrites the destination; DSR keeps the VIP"
                                    + " and servers reply directly."),
                    EditorProperty.choice("hash.function", LB, "Hash function", lb.hashFunction(),
                            HashFunction.NAMES, "Function applied to the 5-tuple."),
                    EditorProperty.choice("selector.method", LB, "Selector", lb.method().id(),
                            Identified.ids(SelectorMethod.class), "How a hash value picks a backend."),
                    EditorProperty.text("selector.tableSize", LB, "Table size", Integer.toString(lb.tableSize()),
                            "Slots of the lookup table (prime for Maglev)."));
        }
        return List.of();
    }

    /**
     * {@code node} with property {@code key} set to {@code text}.
     *
     * @throws IllegalArgumentException with a user-facing message when the text is not a valid value
     */
    static NodeSpec apply(NodeSpec node, String key, String text) {
        if (node instanceof HostSpec h) {
            return ScenarioEdits.withMptcp(h, applyMptcp(h.mptcp(), key, text));
        }
        if (node instanceof LoadBalancerSpec lb) {
            return applyLb(lb, key, text);
        }
        throw new IllegalArgumentException(node.type() + " " + node.name() + " has no editable properties");
    }

    private static MptcpSpec applyMptcp(MptcpSpec m, String key, String text) {
        boolean enabled = m.enabled();
        boolean allow = m.allowJoinInitialAddrPort();
        PathManagerKind pm = m.pathManager();
        AddAddrSpec add = m.addAddr();
        switch (key) {
            case "mptcp.enabled" -> enabled = parseBoolean(text);
            case "mptcp.allowJoinInitialAddrPort" -> allow = parseBoolean(text);
            case "mptcp.pathManager" -> pm = parse(PathManagerKind.class, text, "path manager");
            case "mptcp.addAddr.mode" -> add = new AddAddrSpec(parse(AddAddrMode.class, text, "ADD_ADDR mode"),
                    add.timeout(), add.maxRetransmissions());
            case "mptcp.addAddr.timeout" -> add = new AddAddrSpec(add.mode(), Units.duration(text),
                    add.maxRetransmissions());
            default -> throw new IllegalArgumentException("hosts have no property " + key);
        }
        return new MptcpSpec(enabled, allow, pm, m.endpoints(), m.maxSubflows(), m.addAddrAccepted(), add,
                m.scheduler(), m.coupling(), m.closeInitialSubflow());
    }

    private static LoadBalancerSpec applyLb(LoadBalancerSpec lb, String key, String text) {
        LbMode mode = lb.mode();
        Forwarding fwd = lb.forwarding();
        String hash = lb.hashFunction();
        SelectorMethod method = lb.method();
        int table = lb.tableSize();
        switch (key) {
            case "mode" -> mode = parse(LbMode.class, text, "mode");
            case "forwarding" -> fwd = parse(Forwarding.class, text, "forwarding");
            case "hash.function" -> hash = text.strip();
            case "selector.method" -> method = parse(SelectorMethod.class, text, "selector");
            case "selector.tableSize" -> table = parseInt(text, "table size");
            default -> throw new IllegalArgumentException("load balancers have no property " + key);
        }
        return new LoadBalancerSpec(lb.name(), lb.vip(), fwd, hash, lb.fields(), method, table, lb.flowTable(),
                mode, lb.backends(), lb.beamerThreshold(), lb.serverIdBits());
    }

    static <E extends Enum<E> & Identified> E parse(Class<E> type, String text, String what) {
        return Identified.parse(type, text.strip()).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + what + " \"" + text.strip() + "\" (known: " + String.join(", ", Identified.ids(type))
                        + ")"));
    }

    static boolean parseBoolean(String text) {
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false, got \"" + text.strip() + "\"");
        };
    }

    static int parseInt(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " \"" + text.strip() + "\" is not a whole number");
        }
    }
}
