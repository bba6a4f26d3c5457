package org.mptcplab.engine.experiment;

import java.util.Objects;

/**
 * One point of the L4LB sweeps.
 *
 * @param variant            transport
 * @param loss               random loss probability on the load-balancer path (client to server direction)
 * @param addedLatencyNanos  one-way latency added on the load-balancer path, ns
 */
public record L4lbPoint(L4lbVariant variant, double loss, long addedLatencyNanos) {

    /** Validates the ranges. */
    public L4lbPoint {
        Objects.requireNonNull(variant, "variant");
        if (!(loss >= 0 && loss < 1)) {
            throw new IllegalArgumentException("loss must be in [0, 1): " + loss);
        }
        if (addedLatencyNanos < 0) {
            throw new IllegalArgumentException("added latency must not be negative: " + addedLatencyNanos);
        }
    }

    /** The same loss and latency for another transport. */
    public L4lbPoint with(L4lbVariant other) {
        return new L4lbPoint(other, loss, addedLatencyNanos);
    }
}
