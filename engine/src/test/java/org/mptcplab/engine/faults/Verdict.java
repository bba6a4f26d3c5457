package org.mptcplab.engine.faults;

/**
 * What became of one client application under a fault, as the acceptance rule sees it.
 *
 * @param kind   the class of outcome
 * @param reason the reset reason for {@link Kind#FAILED}, the integrity error for {@link Kind#CORRUPT}, whether
 *               the run stalled or was cut off for {@link Kind#UNFINISHED}, else empty
 */
record Verdict(Kind kind, String reason) {
    /** Outcome classes; only the first two are acceptable. */
    enum Kind {
        /** Completed and every byte was the expected one, once, in order. */
        INTACT,
        /** Gave up cleanly: reset by the peer, refused, or timed out, with a reason. */
        FAILED,
        /** Neither completed nor failed by the end of the run: a connection that spins or hangs. */
        UNFINISHED,
        /** A byte arrived wrong, twice or out of order. */
        CORRUPT
    }

    boolean acceptable() {
        return kind == Kind.INTACT || kind == Kind.FAILED && !reason.isBlank();
    }
}
