package org.mptcplab.engine.sim;

/**
 * Why and where the {@link Watchdog} stopped a run: the typed outcome a caller reports instead of
 * hanging.
 *
 * @param reason   one sentence for users, e.g. "livelock: 1000000 events within 1 ms of simulated time"
 * @param time     simulated time of the abort, ns
 * @param executed events executed before the abort
 * @param pending  events still queued at the abort
 */
public record RunAborted(String reason, long time, long executed, int pending) {
    /** One line: reason, time and counts. */
    public String describe() {
        return "run aborted at " + Time.format(time) + " after " + executed + " events (" + pending + " pending): "
                + reason;
    }
}
