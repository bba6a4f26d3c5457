package org.mptcplab.engine.fidelity;

import org.mptcplab.engine.sim.Time;

/**
 * The two kinds of transfer the ns-3 baseline measures. Labels are those of the reference files'
 * {@code mode=} field and of the snapshot table.
 */
enum TransferMode {
    /**
     * 10^7 bytes (bulk.cc {@code --sizeMB=10}); goodput is bytes x 8 over the time from the application
     * start (handshake included) to the last byte at the receiver, capped at 600 s like bulk.cc's
     * default {@code --simTime}.
     */
    TEN_MB("10MB", 10_000_000L, Time.seconds(600)),
    /** Unlimited data for 60 simulated seconds ({@code --sizeMB=0 --simTime=60}); goodput is bytes x 8 / 60 s. */
    SIXTY_S("60s", -1, Time.seconds(60));

    private final String label;
    private final long bytes;
    private final long timeLimit;

    TransferMode(String label, long bytes, long timeLimit) {
        this.label = label;
        this.bytes = bytes;
        this.timeLimit = timeLimit;
    }

    /** The reference files' {@code mode=} value. */
    String label() {
        return label;
    }

    /** Bytes to move, or -1 for "as many as fit in {@link #timeLimit()}". */
    long bytes() {
        return bytes;
    }

    /** Simulated time after which the run stops, complete or not. */
    long timeLimit() {
        return timeLimit;
    }

    /** The mode whose label is {@code label}. */
    static TransferMode byLabel(String label) {
        for (TransferMode m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown transfer mode '" + label + "'");
    }
}
