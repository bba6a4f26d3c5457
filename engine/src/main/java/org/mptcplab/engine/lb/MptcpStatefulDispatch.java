package org.mptcplab.engine.lb;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;

/**
 * An MPTCP-aware stateful balancer (Liénardy &amp; Donnet, "Towards a Multipath TCP aware load
 * balancer", ANRW 2016; the MPTCP project's load-balancer page): it learns each connection's token
 * from the server's key and routes every MP_JOIN SYN by the token it carries (RFC 8684 §3.2).
 *
 * <p>Where the key comes from: in DSR the balancer never sees the server's SYN/ACK, so it reads the
 * client's third ACK (or first data segment), whose MP_CAPABLE carries both keys in v1 (RFC 8684
 * §3.1); the receiver key there is the server's. In NAT it also learns from the SYN/ACK on the way
 * back, one round trip earlier. token = first 32 bits of SHA-256(server key).
 *
 * <p>A JOIN's later packets (its third ACK, data) carry no token, so after routing a JOIN SYN the
 * balancer pins the subflow's 5-tuple: the state this approach costs is one token entry per
 * connection plus one entry per extra subflow, both visible through {@link #tokenTable()} and
 * {@link #subflowTable()} and announced in trace notes. Simplified: entries are never expired (a
 * real balancer would watch FIN/RST or time out), a JOIN with an unknown token falls back to hashing.
 */
public final class MptcpStatefulDispatch implements Dispatch {
    /** Default bound on pinned JOIN subflows. */
    public static final int DEFAULT_SUBFLOW_CAPACITY = 1 << 16;

    private final TokenTable tokens = new TokenTable();
    private final PinnedFlows subflows;

    /** A dispatch pinning at most {@value #DEFAULT_SUBFLOW_CAPACITY} JOIN subflows. */
    public MptcpStatefulDispatch() {
        this(DEFAULT_SUBFLOW_CAPACITY);
    }

    /** A dispatch pinning at most {@code subflowCapacity} JOIN subflows (least recently used evicted). */
    public MptcpStatefulDispatch(int subflowCapacity) {
        this.subflows = new PinnedFlows(subflowCapacity, "subflow table");
    }

    @Override
    public String name() {
        return "mptcp-stateful";
    }

    /** token -> backend, one entry per MPTCP connection learned. */
    public TokenTable tokenTable() {
        return tokens;
    }

    /** JOIN subflows pinned to the backend their token named. */
    public FlowTable subflowTable() {
        return subflows.table();
    }

    @Override
    public Outcome decide(Packet packet, FiveTuple tuple, Balancing balancing, boolean explain) {
        Outcome pinned = subflows.lookup(tuple, balancing, explain);
        if (pinned != null) {
            return pinned;
        }
        OptionalInt token = MptcpPeek.joinToken(packet);
        if (token.isPresent()) {
            String backend = tokens.lookup(token.getAsInt()).filter(balancing::isLive).orElse(null);
            if (backend != null) {
                subflows.pin(tuple, backend);
                balancing.note("MP_JOIN token " + TokenTable.tokenHex(token.getAsInt()) + " -> " + backend
                        + "; subflow table " + subflows.table().size() + " entries");
                LbDecision why = explain
                        ? tokens.decide(tuple, token.getAsInt(), balancing.selector().backends()).orElseThrow()
                        : null;
                return new Outcome(backend, why);
            }
            balancing.note("MP_JOIN token " + TokenTable.tokenHex(token.getAsInt()) + " unknown: hashed");
        }
        return balancing.hashed(tuple, explain);
    }

    @Override
    public void forwarded(Packet packet, String backend, Balancing balancing) {
        OptionalLong key = MptcpPeek.receiverKey(packet);
        if (key.isPresent()) {
            learn(key.getAsLong(), backend, "third ACK", balancing);
        }
    }

    @Override
    public void returned(Packet packet, String backend, Balancing balancing) {
        OptionalLong key = MptcpPeek.synAckKey(packet);
        if (key.isPresent()) {
            learn(key.getAsLong(), backend, "SYN/ACK", balancing);
        }
    }

    @Override
    public void backendRemoved(String backend) {
        tokens.forget(backend);
        subflows.forget(backend);
    }

    private void learn(long serverKey, String backend, String where, Balancing balancing) {
        int token = MptcpCrypto.token(serverKey);
        if (tokens.lookup(token).filter(backend::equals).isPresent()) {
            return;
        }
        tokens.learnKey(serverKey, backend);
        balancing.note("learned token " + TokenTable.tokenHex(token) + " -> " + backend + " from the MP_CAPABLE of the "
                + where + "; token table " + tokens.size() + " entries");
    }
}
