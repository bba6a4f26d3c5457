package org.mptcplab.engine.mptcp;

import java.util.List;

/**
 * The default packet scheduler: lowest RTT first. Among the subflows that may send, the non-backup
 * ones are used whenever at least one of them is active; backup subflows carry data only when no
 * non-backup subflow is active (Linux {@code mptcp_subflow_get_send}, RFC 8684 §3.3.8). Within the
 * chosen class, the subflow with the smallest smoothed RTT that has room wins; ties go to the older
 * subflow, so the choice is deterministic.
 */
final class Scheduler {
    private Scheduler() {}

    /**
     * The subflow to send on, or null when none has at least {@code minRoom} bytes of room.
     *
     * @param subflows candidates in creation order
     */
    static <T extends Schedulable> T pick(List<T> subflows, long minRoom) {
        boolean activeExists = false;
        for (T s : subflows) {
            if (s.sendable() && !s.backup()) {
                activeExists = true;
                break;
            }
        }
        T best = null;
        for (T s : subflows) {
            if (!s.sendable() || s.backup() == activeExists || s.room() < minRoom) {
                continue;
            }
            if (best == null || s.srtt() < best.srtt()) {
                best = s;
            }
        }
        return best;
    }
}
