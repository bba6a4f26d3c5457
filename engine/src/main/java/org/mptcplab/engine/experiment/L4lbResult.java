package org.mptcplab.engine.experiment;

import org.mptcplab.engine.sim.Time;

/**
 * One L4LB run. Times are simulated nanoseconds.
 *
 * @param point          the swept parameters
 * @param seed           run seed
 * @param completed      the receiver got every byte before the time limit
 * @param establishment  connect() to the data path being ready (see {@link L4lbSetup#assumptions()})
 * @param transfer       end of establishment to the last byte received (to the time limit when unfinished)
 * @param bytes          bytes the receiver got
 * @param joins          MP_JOIN subflows established (0 for TCP)
 * @param resets         RSTs the servers sent for segments matching no connection (e.g. refused joins)
 * @param lbDataPackets  data packets the balancer forwarded
 * @param events         simulator events executed
 */
public record L4lbResult(L4lbPoint point, long seed, boolean completed, long establishment, long transfer,
        long bytes, int joins, long resets, long lbDataPackets, long events) {

    /** connect() to the last byte, ns. */
    public long completion() {
        return establishment + transfer;
    }

    /** Bytes over the transfer phase, Mbit/s: the talk's "transfer rate". */
    public double transferMbps() {
        return transfer <= 0 ? 0 : bytes * 8.0 / Time.toSeconds(transfer) / 1e6;
    }

    /** Bytes over the whole completion time (handshakes included), Mbit/s. */
    public double goodputMbps() {
        long c = completion();
        return c <= 0 ? 0 : bytes * 8.0 / Time.toSeconds(c) / 1e6;
    }
}
