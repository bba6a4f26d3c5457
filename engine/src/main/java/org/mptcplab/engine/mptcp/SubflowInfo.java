package org.mptcplab.engine.mptcp;

import org.mptcplab.engine.wire.FiveTuple;

/**
 * A snapshot of one subflow, for path managers and the UI.
 *
 * @param id          index of the subflow in its connection (0 for the initial one)
 * @param flow        5-tuple, local address and port first
 * @param initial     true for the MP_CAPABLE subflow
 * @param backup      backup by either side's request (MP_JOIN flag B or MP_PRIO)
 * @param established handshake complete (for a JOIN: the 4th ACK seen) and usable for data
 * @param localId     address id of the local address
 * @param remoteId    address id of the remote address
 */
public record SubflowInfo(int id, FiveTuple flow, boolean initial, boolean backup, boolean established, int localId,
        int remoteId) {}
