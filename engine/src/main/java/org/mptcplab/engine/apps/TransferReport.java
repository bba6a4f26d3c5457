package org.mptcplab.engine.apps;

import org.mptcplab.engine.sim.Time;

/**
 * What one application transfer achieved. Times are simulated nanoseconds, {@code -1} when the
 * milestone was not reached.
 *
 * @param app         application instance name
 * @param node        host name
 * @param startedAt   when the application started (connect issued, or connection accepted)
 * @param connectedAt when the handshake completed
 * @param completedAt when the transfer finished (all expected bytes received, or sent and closed)
 * @param bytes       payload bytes received (receivers) or acknowledged (senders)
 * @param resets      connections lost to RST or timeout
 * @param intact      true when every received byte was the expected one, once and in order
 * @param error       first integrity or connection error, or empty
 */
public record TransferReport(String app, String node, long startedAt, long connectedAt, long completedAt,
        long bytes, int resets, boolean intact, String error) {

    /** True when the transfer finished. */
    public boolean completed() {
        return completedAt >= 0;
    }

    /** Goodput in bit/s from start to completion (or to {@code now} when unfinished); 0 before any time passed. */
    public double goodputBps(long now) {
        long end = completedAt >= 0 ? completedAt : now;
        long span = end - startedAt;
        return span <= 0 ? 0 : bytes * 8.0 / Time.toSeconds(span);
    }
}
