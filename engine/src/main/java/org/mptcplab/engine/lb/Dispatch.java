package org.mptcplab.engine.lb;

import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;

/**
 * How a {@link LoadBalancer} picks the backend of a client packet sent to its VIP: plain hashing,
 * or one of the MPTCP-aware alternatives from the literature. Each implementation documents what it
 * models and what it simplifies. A dispatch may keep state (learned tokens, pinned subflows); it
 * reads packets only, never a transport stack.
 */
public sealed interface Dispatch permits HashDispatch, MptcpStatefulDispatch, BeamerDispatch, ServerIdDispatch {

    /** Short name shown in inspectors, e.g. "hash", "mptcp-stateful". */
    String name();

    /**
     * The backend for {@code packet} (whose 5-tuple is {@code tuple}), with its explanation when
     * {@code explain}; {@code null} when no backend can take it (the balancer drops it).
     */
    Outcome decide(Packet packet, FiveTuple tuple, Balancing balancing, boolean explain);

    /** Called after a client packet went to {@code backend}: the place to learn from it. */
    default void forwarded(Packet packet, String backend, Balancing balancing) {
        // stateless by default
    }

    /** Called for a server reply that came back through the balancer (NAT only). */
    default void returned(Packet packet, String backend, Balancing balancing) {
        // stateless by default
    }

    /** Called when {@code backend} leaves the live set: forget state pointing at it. */
    default void backendRemoved(String backend) {
        // stateless by default
    }

    /** Plain L4 hashing: every packet is hashed, nothing is remembered. */
    static Dispatch hash() {
        return new HashDispatch();
    }
}
