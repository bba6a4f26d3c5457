package org.mptcplab.engine.lb;

import java.util.Optional;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * A {@link FlowTable} used for dispatch: a pinned flow keeps its backend as long as that backend is
 * live, and the decision says so in traces under the table's label.
 */
final class PinnedFlows {
    private final FlowTable table;
    private final String label;

    PinnedFlows(int capacity, String label) {
        this.table = new FlowTable(capacity);
        this.label = label;
    }

    /** The pinned backend of {@code tuple} if it is still live, else {@code null}. */
    Outcome lookup(FiveTuple tuple, Balancing balancing, boolean explain) {
        Optional<String> backend = table.lookup(tuple);
        if (backend.isEmpty() || !balancing.isLive(backend.get())) {
            return null;
        }
        if (!explain) {
            return new Outcome(backend.get(), null);
        }
        LbDecision decision = table.decide(tuple, balancing.hashing(), balancing.selector().backends(), label)
                .orElseThrow();
        return new Outcome(decision.chosen(), decision);
    }

    void pin(FiveTuple tuple, String backend) {
        table.put(tuple, backend);
    }

    void forget(String backend) {
        table.forget(backend);
    }

    FlowTable table() {
        return table;
    }
}
