package org.mptcplab.app.compare;

/**
 * One moment of the protocol story in one run (the n-th SYN, the n-th MP_JOIN reaching the load
 * balancer, a route withdrawal...), found in the trace by {@link Story}.
 *
 * @param key     identity across runs, e.g. {@code join-routed-1}: equal keys are the same moment
 * @param label   what happens, for the play head, e.g. "MP_JOIN #1 reaches the load balancer"
 * @param index   index of the event in its trace
 * @param outcome what came of it, compared across runs to find the divergence; null when the moment
 *                has no outcome worth comparing (a SYN leaving the client)
 * @param detail  the outcome in words for the divergence sentence; empty when there is none
 */
public record StoryPoint(String key, String label, int index, String outcome, String detail) {

    /** This point with its outcome and detail replaced. */
    StoryPoint withOutcome(String newOutcome, String newDetail) {
        return new StoryPoint(key, label, index, newOutcome, newDetail);
    }
}
