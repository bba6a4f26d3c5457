package org.mptcplab.engine.mptcp;

/** What the scheduler needs to know about a subflow. */
interface Schedulable {
    /** Fully established, not closing, not failed: data may be scheduled on it. */
    boolean sendable();

    /** Backup by either side's request (MP_JOIN or MP_PRIO flag B, RFC 8684 §3.3.8). */
    boolean backup();

    /** Smoothed RTT in ns (0 when unknown). */
    long srtt();

    /** Bytes the subflow could put on the wire now beyond what it already holds unsent. */
    long room();
}
