package org.mptcplab.engine.lb;

import java.util.List;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * What a {@link Dispatch} may read from, and report to, the balancer it works for. An interface so
 * dispatch policies can be exercised without a network.
 */
public interface Balancing {

    /** The hash function and fields used for hash-based choices. */
    HashDecisionBuilder hashing();

    /** The selector over the live backends (rebuilt when a backend is removed or re-added). */
    BackendSelector selector();

    /** Every configured backend, live or not, in configuration order (the server ids of id-based modes). */
    List<String> allBackends();

    /** True when {@code backend} is configured and not removed. */
    boolean isLive(String backend);

    /** Reports a change of balancer state (a learned token, a table size) as a trace note, when tracing. */
    void note(String detail);

    /**
     * The plain hash choice for {@code tuple}, explained when {@code explain}; {@code null} when no
     * backend is live.
     */
    default Outcome hashed(FiveTuple tuple, boolean explain) {
        BackendSelector selector = selector();
        if (selector.backends().isEmpty()) {
            return null;
        }
        if (explain) {
            LbDecision decision = hashing().decide(tuple, selector);
            return new Outcome(decision.chosen(), decision);
        }
        return new Outcome(selector.select(hashing().hash(tuple)).backend(), null);
    }
}
