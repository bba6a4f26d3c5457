package org.mptcplab.engine.sim;

/**
 * Limits that turn a runaway simulation into a clean abort instead of a hang. Both limits count
 * events, never wall-clock time, so whether a run is aborted is as deterministic as the run itself.
 *
 * <p>A legitimate run advances its clock: even a 10 Gbit/s link carries under a thousand packets per
 * simulated millisecond. A run that executes {@code maxEventsPerWindow} events while its clock moves
 * less than {@code window} is livelocked (an action re-arming itself with zero delay, two nodes
 * bouncing a packet back and forth with no delay); the default catches that after about a second of
 * wall time. {@code maxEvents} is an optional overall budget for callers that want one.
 *
 * @param maxEventsPerWindow events allowed while the clock advances less than {@code window}, at least 1
 * @param window             simulated-time window, ns, at least 1
 * @param maxEvents          events allowed over the whole run ({@link Long#MAX_VALUE}: no budget)
 */
public record Watchdog(long maxEventsPerWindow, long window, long maxEvents) {
    /** One million events without the clock advancing one millisecond; no overall budget. */
    public static final Watchdog DEFAULT = new Watchdog(1_000_000, Time.MILLISECOND, Long.MAX_VALUE);

    /** Validates the limits. */
    public Watchdog {
        if (maxEventsPerWindow < 1 || window < 1 || maxEvents < 1) {
            throw new IllegalArgumentException("watchdog limits must be positive: " + maxEventsPerWindow
                    + " events per " + window + " ns, budget " + maxEvents);
        }
    }

    /** The default livelock limit with an overall budget of {@code events}. */
    public static Watchdog withBudget(long events) {
        return new Watchdog(DEFAULT.maxEventsPerWindow, DEFAULT.window, events);
    }
}
