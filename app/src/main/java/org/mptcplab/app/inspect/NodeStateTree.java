package org.mptcplab.app.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;

/** Turns a {@link NodeState} into the inspector's tree sections; empty sections are left out. */
final class NodeStateTree {
    private NodeStateTree() {}

    static List<TreeItem<String>> sections(NodeState s) {
        List<TreeItem<String>> out = new ArrayList<>();
        TreeItem<String> tcp = section("TCP connections (" + s.tcp().size() + ")");
        s.tcp().values().forEach(c -> tcp.getChildren().add(leaf(c.flow() + "  " + c.state()
                + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")"))));
        add(out, tcp);
        TreeItem<String> mptcp = section("MPTCP connections (" + s.mptcp().size() + ")");
        for (NodeState.MptcpConnection c : s.mptcp().values()) {
            // A JOIN for a token this node never issued leaves only a refused subflow behind: say so.
            boolean unknown = c.localKey() == null && !c.subflows().isEmpty()
                    && c.subflows().values().stream().allMatch(f -> f.state().equals("REFUSED"));
            TreeItem<String> conn = section((unknown ? "unknown token " : "token ") + c.tokenHex()
                    + (unknown ? " (JOIN refused, no such connection here)" : ""));
            if (!unknown) {
                conn.getChildren().add(leaf("local key " + hex(c.localKey())));
                conn.getChildren().add(leaf("remote key " + hex(c.remoteKey())));
            }
            c.subflows().values().forEach(f -> conn.getChildren().add(leaf("subflow " + f.flow() + "  " + f.state()
                    + (f.backup() ? "  backup" : ""))));
            mptcp.getChildren().add(conn);
        }
        add(out, mptcp);
        if (s.hashing() != null) {
            out.add(hashing(s.hashing()));
        }
        TreeItem<String> routes = section("Routes / next hops (" + s.routes().size() + ")");
        s.routes().values().forEach(r -> routes.getChildren().add(leaf(r.prefix() + " -> " + r.nextHops() + "  "
                + r.action() + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")"))));
        add(out, routes);
        TreeItem<String> fw = section("Firewall hits (" + s.firewallHits().size() + ")");
        s.firewallHits().forEach(h -> fw.getChildren().add(leaf(h)));
        add(out, fw);
        TreeItem<String> drops = section("Drops");
        s.drops().forEach((reason, n) -> drops.getChildren().add(leaf(reason + ": " + n)));
        add(out, drops);
        if (out.isEmpty()) {
            out.add(leaf("Nothing recorded at this node yet."));
        }
        return out;
    }

    private static TreeItem<String> hashing(NodeState.HashTable h) {
        TreeItem<String> lb = section("Hash table: " + h.method() + ", " + h.function() + " over " + h.fields());
        lb.getChildren().add(leaf("backends / next hops " + h.backends()));
        lb.getChildren().add(leaf("decisions " + h.decisions() + ", distinct flows " + h.flows()
                + ", MPTCP keys seen " + h.keysSeen()));
        for (Map.Entry<String, Integer> e : h.perBackend().entrySet()) {
            lb.getChildren().add(leaf("-> " + e.getKey() + ": " + e.getValue()));
        }
        if (!h.maglevTable().isEmpty()) {
            TreeItem<String> table = section("Maglev table (M=" + h.maglevTable().size() + ")");
            for (int i = 0; i < h.maglevTable().size(); i++) {
                table.getChildren().add(leaf("slot " + i + ": " + h.maglevTable().get(i)));
            }
            table.setExpanded(false);
            lb.getChildren().add(table);
        }
        return lb;
    }

    private static void add(List<TreeItem<String>> out, TreeItem<String> section) {
        if (!section.getChildren().isEmpty()) {
            out.add(section);
        }
    }

    private static String hex(Long key) {
        return key == null ? "(not seen yet)" : String.format("0x%016x", key);
    }

    private static TreeItem<String> section(String text) {
        TreeItem<String> t = new TreeItem<>(text);
        t.setExpanded(true);
        return t;
    }

    private static TreeItem<String> leaf(String text) {
        return new TreeItem<>(text);
    }
}
