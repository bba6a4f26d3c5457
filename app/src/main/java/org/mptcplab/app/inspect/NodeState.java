package org.mptcplab.app.inspect;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * What one node holds just after a cursor position, as far as its trace shows: a pure fold of the
 * events up to the cursor, so stepping back shows exactly what stepping forward showed.
 *
 * @param node         node name
 * @param tcp          TCP connections (and MPTCP subflows seen as TCP), by local-first 5-tuple
 * @param mptcp        MPTCP connections, by local token
 * @param hashing      the node's load-balancing / ECMP hash table, or null when it made no decision
 * @param routes       route and backend-set changes announced by or at this node, by prefix
 * @param firewallHits firewall verdicts at this node, oldest first ("accept: rule" / "drop: rule")
 * @param drops        packets this node dropped, by reason
 */
public record NodeState(String node, SortedMap<FiveTuple, TcpConnection> tcp, SortedMap<Integer, MptcpConnection> mptcp,
        HashTable hashing, SortedMap<String, Route> routes, List<String> firewallHits, SortedMap<String, Integer> drops) {

    public NodeState {
        tcp = new TreeMap<>(tcp);
        mptcp = new TreeMap<>(mptcp);
        routes = new TreeMap<>(routes);
        firewallHits = List.copyOf(firewallHits);
        drops = new TreeMap<>(drops);
    }

    /** A TCP connection's last state and why it got there ("RST received"; may be empty). */
    public record TcpConnection(FiveTuple flow, String state, String reason) {
    }

    /**
     * An MPTCP connection (RFC 8684 §3.1): token, the keys seen in MP_CAPABLE (null until seen), its
     * subflows.
     */
    public record MptcpConnection(int token, Long localKey, Long remoteKey, SortedMap<FiveTuple, Subflow> subflows) {
        public MptcpConnection {
            subflows = new TreeMap<>(subflows);
        }

        /** "0x1a2b3c4d". */
        public String tokenHex() {
            return String.format("0x%08x", token);
        }
    }

    /** A subflow: 5-tuple, last milestone (OPENING, ESTABLISHED, REFUSED, CLOSED, ...), backup flag. */
    public record Subflow(FiveTuple flow, String state, boolean backup) {
    }

    /**
     * A load balancer's or ECMP router's hashing as its decisions show it.
     *
     * @param function   hash function of the last decision
     * @param fields     fields hashed
     * @param method     selector, e.g. "mod 3", "maglev M=13"
     * @param backends   backends / next hops in play (after backend or route changes, the live set)
     * @param perBackend decisions per chosen backend
     * @param flows      distinct 5-tuples hashed (the size a flow table pinning them would have)
     * @param decisions  decisions made
     * @param keysSeen   distinct MPTCP keys in MP_CAPABLE options it forwarded (what a token table would hold)
     * @param maglevTable slot -> backend for a Maglev table of small M (at most 251 slots), else empty
     */
    public record HashTable(String function, String fields, String method, List<String> backends,
            SortedMap<String, Integer> perBackend, int flows, int decisions, int keysSeen, List<String> maglevTable) {
        public HashTable {
            backends = List.copyOf(backends);
            perBackend = new TreeMap<>(perBackend);
            maglevTable = List.copyOf(maglevTable);
        }
    }

    /** The last change of a route: next hops (or live backends) after it, the action and its detail. */
    public record Route(String prefix, List<String> nextHops, String action, String detail) {
        public Route {
            nextHops = List.copyOf(nextHops);
        }
    }
}
