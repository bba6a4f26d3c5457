package org.mptcplab.engine.lb;

import java.util.Objects;

/**
 * What a {@link Dispatch} decided for one packet: the backend, and the full explanation when the
 * caller asked for one (tracing on). Keeping the explanation optional spares the per-packet hex
 * strings in batch runs.
 *
 * @param backend     the chosen backend
 * @param explanation the decision as the trace shows it, or {@code null} when not requested
 */
public record Outcome(String backend, LbDecision explanation) {
    public Outcome {
        Objects.requireNonNull(backend, "backend");
    }
}
