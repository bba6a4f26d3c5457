package org.mptcplab.app.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.lb.Maglev;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpPrio;
import org.mptcplab.engine.wire.Packet;

/**
 * Folds a trace prefix into the {@link NodeState} of one node. Keys come from the MP_CAPABLE options
 * the node sent or received (RFC 8684 §3.1) and are matched to connections through their token
 * (first 32 bits of SHA-256 of the key); backup flags come from MP_JOIN (§3.2) and MP_PRIO (§3.3.8,
 * which in v1 applies to the subflow it is sent on).
 */
public final class NodeStateFolder {
    /** Largest Maglev table spelled out slot by slot. */
    public static final int MAX_MAGLEV_SHOWN = 251;
    private static final int FIREWALL_HITS_KEPT = 20;

    private final String node;
    private final TreeMap<FiveTuple, NodeState.TcpConnection> tcp = new TreeMap<>();
    private final TreeMap<Integer, TreeMap<FiveTuple, String>> subflows = new TreeMap<>();
    private final TreeMap<Integer, long[]> keys = new TreeMap<>();
    private final TreeMap<FiveTuple, Boolean> backup = new TreeMap<>();
    private final TreeMap<String, NodeState.Route> routes = new TreeMap<>();
    private final List<String> firewall = new ArrayList<>();
    private final TreeMap<String, Integer> drops = new TreeMap<>();
    private final TreeMap<String, Integer> perBackend = new TreeMap<>();
    private final TreeSet<FiveTuple> flows = new TreeSet<>();
    private final TreeSet<Long> keysSeen = new TreeSet<>();
    private HashDecision lastDecision;
    private List<String> liveBackends;
    private int decisions;

    private NodeStateFolder(String node) {
        this.node = node;
    }

    /** The state of {@code node} just after event {@code cursor} of {@code events} (-1: before the first). */
    public static NodeState fold(List<TraceEvent> events, int cursor, String node) {
        NodeStateFolder f = new NodeStateFolder(node);
        for (int i = 0; i <= cursor && i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (e.node().equals(node)) {
                f.apply(e);
            }
        }
        return f.result();
    }

    private void apply(TraceEvent e) {
        if (e instanceof PacketEvent p) {
            packet(p);
        } else if (e instanceof ConnectionEvent c) {
            tcp.put(c.flow(), new NodeState.TcpConnection(c.flow(), c.to(), c.reason()));
        } else if (e instanceof SubflowEvent s) {
            subflows.computeIfAbsent(s.localToken(), k -> new TreeMap<>()).put(s.flow(), s.action().name());
        } else if (e instanceof HashDecision d) {
            lastDecision = d;
            decisions++;
            flows.add(d.tuple());
            perBackend.merge(d.chosen(), 1, Integer::sum);
        } else if (e instanceof RouteChange r) {
            String prefix = r.prefix() == null ? "(none)" : r.prefix().toString();
            routes.put(prefix, new NodeState.Route(prefix, r.nextHops(), r.action().name(), r.detail()));
            if (r.action() == RouteChange.Action.BACKEND_ADDED || r.action() == RouteChange.Action.BACKEND_REMOVED) {
                liveBackends = r.nextHops();
            }
        } else if (e instanceof NodeEvent n && (n.kind() == NodeEvent.Kind.FIREWALL_ACCEPT
                || n.kind() == NodeEvent.Kind.FIREWALL_DROP)) {
            firewall.add((n.kind() == NodeEvent.Kind.FIREWALL_ACCEPT ? "accept: " : "drop: ") + n.detail());
            if (firewall.size() > FIREWALL_HITS_KEPT) {
                firewall.remove(0);
            }
        }
    }

    private void packet(PacketEvent e) {
        Packet p = e.packet();
        switch (e.kind()) {
            case SENT -> sent(p);
            case RECEIVED -> received(p);
            case FORWARDED -> {
                p.tcp().find(MpCapableSynAck.class).ifPresent(o -> keysSeen.add(o.key()));
                p.tcp().find(MpCapableAck.class).ifPresent(o -> {
                    keysSeen.add(o.senderKey());
                    keysSeen.add(o.receiverKey());
                });
            }
            case DROPPED -> drops.merge(e.dropReason().name(), 1, Integer::sum);
        }
    }

    private void sent(Packet p) {
        FiveTuple flow = FiveTuple.of(p);
        p.tcp().find(MpCapableSynAck.class).ifPresent(o -> key(o.key(), null));
        p.tcp().find(MpCapableAck.class).ifPresent(o -> key(o.senderKey(), o.receiverKey()));
        p.tcp().find(MpJoinSyn.class).ifPresent(o -> backup.put(flow, o.backup()));
        p.tcp().find(MpPrio.class).ifPresent(o -> backup.put(flow, o.backup()));
    }

    private void received(Packet p) {
        FiveTuple flow = FiveTuple.of(p).reversed();
        // A received SYN/ACK's key is the peer's; it is recorded with the client's own key when the
        // client's MP_CAPABLE ACK (which echoes both) leaves.
        p.tcp().find(MpCapableAck.class).ifPresent(o -> key(o.receiverKey(), o.senderKey()));
        p.tcp().find(MpJoinSyn.class).ifPresent(o -> backup.put(flow, o.backup()));
        p.tcp().find(MpPrio.class).ifPresent(o -> backup.put(flow, o.backup()));
    }

    private void key(long local, Long remote) {
        long[] k = keys.computeIfAbsent(MptcpCrypto.token(local), t -> new long[] {local, 0, 0});
        if (remote != null) {
            k[1] = remote;
            k[2] = 1;
        }
    }

    private NodeState result() {
        TreeMap<Integer, NodeState.MptcpConnection> mptcp = new TreeMap<>();
        TreeSet<Integer> tokens = new TreeSet<>(subflows.keySet());
        tokens.addAll(keys.keySet());
        for (int token : tokens) {
            long[] k = keys.get(token);
            TreeMap<FiveTuple, NodeState.Subflow> sub = new TreeMap<>();
            subflows.getOrDefault(token, new TreeMap<>()).forEach((flow, state) -> sub.put(flow,
                    new NodeState.Subflow(flow, state, backup.getOrDefault(flow, false))));
            mptcp.put(token, new NodeState.MptcpConnection(token, k == null ? null : k[0],
                    k == null || k[2] == 0 ? null : k[1], sub));
        }
        return new NodeState(node, tcp, mptcp, hashTable(), routes, firewall, drops);
    }

    private NodeState.HashTable hashTable() {
        if (lastDecision == null) {
            return null;
        }
        List<String> backends = liveBackends != null ? liveBackends : lastDecision.candidates();
        return new NodeState.HashTable(lastDecision.function(), lastDecision.fields(), lastDecision.method(), backends,
                perBackend, flows.size(), decisions, keysSeen.size(), maglev(lastDecision));
    }

    private static List<String> maglev(HashDecision d) {
        if (!d.method().startsWith("maglev M=") || d.candidates().isEmpty()) {
            return List.of();
        }
        int m;
        try {
            m = Integer.parseInt(d.method().substring("maglev M=".length()).trim());
        } catch (NumberFormatException e) {
            return List.of();
        }
        if (m > MAX_MAGLEV_SHOWN || !Maglev.isPrime(m)) {
            return List.of();
        }
        Maglev table = Maglev.of(m, d.candidates());
        List<String> out = new ArrayList<>(m);
        for (int owner : table.table()) {
            out.add(table.backends().get(owner));
        }
        return out;
    }
}
