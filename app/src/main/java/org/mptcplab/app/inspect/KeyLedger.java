package org.mptcplab.app.inspect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableAckData;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpOption;

/**
 * What an observer of the whole trace learns from MPTCP handshakes up to the cursor: the keys seen in
 * MP_CAPABLE (and where they were first seen), which keys belong to the same connection, the 5-tuple
 * of each connection's initial subflow, the keys on each side of every subflow, and the MP_JOIN SYN
 * and SYN/ACK options by subflow. Packets are matched by 5-tuple, so a packet seen at any node of its
 * path finds its handshake.
 */
final class KeyLedger {
    /**
     * A key as first seen.
     *
     * @param key      the 64-bit key
     * @param server   true when it belongs to the host that answered the MP_CAPABLE SYN
     * @param source   the option that carried it, e.g. "MP_CAPABLE SYN/ACK"
     * @param node     where that packet was first seen (its sender, for a packet sent in the run)
     * @param time     when
     */
    record Sighting(long key, boolean server, String source, String node, long time) {}

    /** The keys on the two ends of a subflow, oriented like the tuple they were stored under. */
    record SubflowKeys(long senderKey, long receiverKey) {}

    private final Map<Long, Sighting> keys = new LinkedHashMap<>();
    private final Map<Long, Long> peers = new LinkedHashMap<>();
    private final Map<Long, FiveTuple> initialTuples = new LinkedHashMap<>();
    private final Map<FiveTuple, SubflowKeys> subflows = new LinkedHashMap<>();
    private final Map<FiveTuple, MpJoinSyn> joinSyns = new LinkedHashMap<>();
    private final Map<FiveTuple, MpJoinSynAck> joinSynAcks = new LinkedHashMap<>();

    private KeyLedger() {}

    /** Folds the MPTCP handshake options of every packet in {@code trace}, in order. */
    static KeyLedger of(List<TraceEvent> trace) {
        KeyLedger ledger = new KeyLedger();
        for (TraceEvent e : trace) {
            if (e instanceof PacketEvent p) {
                for (TcpOption o : p.packet().tcp().options()) {
                    ledger.learn(p, o);
                }
            }
        }
        return ledger;
    }

    private void learn(PacketEvent e, TcpOption o) {
        FiveTuple tuple = FiveTuple.of(e.packet());
        if (o instanceof MpCapableSynAck s) {
            see(s.key(), true, "MP_CAPABLE SYN/ACK", e);
            initialTuples.putIfAbsent(s.key(), tuple.reversed());
        } else if (o instanceof MpCapableAck a) {
            pair(a.senderKey(), a.receiverKey(), tuple, "MP_CAPABLE ACK", e);
        } else if (o instanceof MpCapableAckData a) {
            pair(a.senderKey(), a.receiverKey(), tuple, "MP_CAPABLE ACK", e);
        } else if (o instanceof MpJoinSyn j) {
            joinSyns.put(tuple, j);
            // A is the JOIN's sender, B owns the token (RFC 8684 §3.2).
            keyForToken(j.receiverToken()).map(Sighting::key).ifPresent(keyB -> peer(keyB).ifPresent(keyA ->
                    subflow(tuple, keyA, keyB)));
        } else if (o instanceof MpJoinSynAck j) {
            joinSynAcks.put(tuple, j);
        }
    }

    private void pair(long senderKey, long receiverKey, FiveTuple tuple, String source, PacketEvent e) {
        see(senderKey, false, source, e);
        see(receiverKey, true, source, e);
        peers.putIfAbsent(senderKey, receiverKey);
        peers.putIfAbsent(receiverKey, senderKey);
        initialTuples.putIfAbsent(senderKey, tuple);
        initialTuples.putIfAbsent(receiverKey, tuple);
        subflow(tuple, senderKey, receiverKey);
    }

    private void see(long key, boolean server, String source, PacketEvent e) {
        keys.putIfAbsent(key, new Sighting(key, server, source, e.node(), e.time()));
    }

    private void subflow(FiveTuple tuple, long senderKey, long receiverKey) {
        subflows.putIfAbsent(tuple, new SubflowKeys(senderKey, receiverKey));
        subflows.putIfAbsent(tuple.reversed(), new SubflowKeys(receiverKey, senderKey));
    }

    /** The first key seen whose token (RFC 8684 §3.1) is {@code token}. */
    Optional<Sighting> keyForToken(int token) {
        return keys.values().stream().filter(s -> MptcpCrypto.token(s.key()) == token).findFirst();
    }

    /** The other key of {@code key}'s connection, once an MP_CAPABLE ACK carried both. */
    Optional<Long> peer(long key) {
        return Optional.ofNullable(peers.get(key));
    }

    /** The initial subflow of {@code key}'s connection, oriented from the client to the server. */
    Optional<FiveTuple> initialTuple(long key) {
        return Optional.ofNullable(initialTuples.get(key));
    }

    /** Sender and receiver keys of a packet travelling on the subflow {@code tuple}. */
    Optional<SubflowKeys> keysOf(Packet packet) {
        return Optional.ofNullable(subflows.get(FiveTuple.of(packet)));
    }

    /** The last MP_JOIN SYN sent on {@code tuple} (A to B). */
    Optional<MpJoinSyn> joinSyn(FiveTuple tuple) {
        return Optional.ofNullable(joinSyns.get(tuple));
    }

    /** The last MP_JOIN SYN/ACK sent on {@code tuple} (B to A). */
    Optional<MpJoinSynAck> joinSynAck(FiveTuple tuple) {
        return Optional.ofNullable(joinSynAcks.get(tuple));
    }
}
