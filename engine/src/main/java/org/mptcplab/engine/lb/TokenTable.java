package org.mptcplab.engine.lb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * The state of an MPTCP-aware stateful balancer (Liénardy &amp; Donnet, "Towards a Multipath TCP
 * aware load balancer", ANRW 2016): it reads the server's key in the MP_CAPABLE of the third ACK (or
 * SYN/ACK), derives the token the client will put in MP_JOIN SYNs (SHA-256(key), first 32 bits, RFC
 * 8684 §3.1), and routes each JOIN by that token. One entry per MPTCP connection; a second
 * connection whose token collides replaces the first (a real LB would have to pick a policy too).
 */
public final class TokenTable {
    /** One learned token, as listed by {@link #entries()}. */
    public record Entry(int token, String backend) {
        @Override
        public String toString() {
            return tokenHex(token) + " -> " + backend;
        }
    }

    private final LinkedHashMap<Integer, String> tokens = new LinkedHashMap<>();

    /** Learns the connection whose server (on {@code backend}) chose {@code serverKey}; returns its token. */
    public int learnKey(long serverKey, String backend) {
        int token = MptcpCrypto.token(serverKey);
        put(token, backend);
        return token;
    }

    /** Maps {@code token} to {@code backend}, replacing an earlier mapping of the same token. */
    public void put(int token, String backend) {
        tokens.put(token, backend);
    }

    /** The backend of the connection with {@code token}, if learned. */
    public Optional<String> lookup(int token) {
        return Optional.ofNullable(tokens.get(token));
    }

    /** Forgets one connection (e.g. on MP_FASTCLOSE or after the last subflow closed). */
    public boolean remove(int token) {
        return tokens.remove(token) != null;
    }

    /** Forgets every connection on {@code backend}; returns how many. */
    public int forget(String backend) {
        int before = tokens.size();
        tokens.values().removeIf(backend::equals);
        return before - tokens.size();
    }

    /** Number of connections the balancer keeps state for: the cost of this approach. */
    public int size() {
        return tokens.size();
    }

    /** Learned tokens in learning order. */
    public List<Entry> entries() {
        List<Entry> list = new ArrayList<>(tokens.size());
        for (Map.Entry<Integer, String> e : tokens.entrySet()) {
            list.add(new Entry(e.getKey(), e.getValue()));
        }
        return list;
    }

    /**
     * The decision for a MP_JOIN SYN carrying {@code token}, or empty when the token is unknown (the
     * balancer would then fall back to hashing, and the JOIN most likely meets a RST).
     */
    public Optional<LbDecision> decide(FiveTuple tuple, int token, List<String> candidates) {
        return lookup(token).map(backend -> new LbDecision(tuple, "token", "token-table", String.format("%08x", token),
                Integer.toUnsignedLong(token), "token table (" + size() + " entries)", -1, candidates, backend));
    }

    /** A token as shown in traces: "0x" and eight lower-case hex digits. */
    public static String tokenHex(int token) {
        return String.format("0x%08x", token);
    }
}
