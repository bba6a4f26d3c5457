package org.mptcplab.app.compare;

/**
 * One "same moment of the story" in two runs: a pair of trace indices that a shared play head shows
 * together, e.g. "MP_JOIN #1 reaches the load balancer" on both sides.
 *
 * @param label      what the moment is, for the play head and the export
 * @param leftIndex  index of the anchor event in the left run's trace
 * @param rightIndex index of the anchor event in the right run's trace
 */
public record Anchor(String label, int leftIndex, int rightIndex) {
    public Anchor {
        if (leftIndex < 0 || rightIndex < 0) {
            throw new IllegalArgumentException("anchor indices must be >= 0: " + leftIndex + ", " + rightIndex);
        }
    }
}
