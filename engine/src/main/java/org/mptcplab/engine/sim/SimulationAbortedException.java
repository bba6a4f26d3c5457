package org.mptcplab.engine.sim;

import java.util.Objects;

/**
 * Thrown by {@link Simulator#step()} (and so by every loop over it) once the {@link Watchdog} has
 * fired; carries the typed {@link RunAborted} outcome. Unchecked because an abort is the end of the
 * run for every caller on the stack, and none of them can repair it.
 */
public final class SimulationAbortedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient RunAborted outcome;

    /** Wraps {@code outcome}; the message is its one-line description. */
    public SimulationAbortedException(RunAborted outcome) {
        super(Objects.requireNonNull(outcome, "outcome").describe());
        this.outcome = outcome;
    }

    /** Reason, time and counts of the abort. */
    public RunAborted outcome() {
        return outcome;
    }
}
