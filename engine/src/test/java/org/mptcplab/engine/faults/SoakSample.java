package org.mptcplab.engine.faults;

/**
 * What a soak looks like at one instant. Counts of live objects are what must stay bounded; the
 * heap figure is filled in only by the command-line soak (tests never look at bytes).
 *
 * @param time           simulated time, ns
 * @param events         simulator events executed so far
 * @param opened         connections opened so far
 * @param completed      downloads completed so far
 * @param resets         connections reset so far
 * @param corrupt        integrity errors so far (must stay 0)
 * @param tcpConnections TCP connections (subflows included, TIME_WAIT included) alive on every host
 * @param mptcpConnections MPTCP connections alive on every host
 * @param pendingEvents  events waiting in the simulator's timer heap
 * @param heapUsed       used heap after {@code System.gc()}, bytes, or -1 when not measured
 */
record SoakSample(long time, long events, long opened, long completed, long resets, long corrupt,
        int tcpConnections, int mptcpConnections, int pendingEvents, long heapUsed) {

    SoakSample withHeap(long bytes) {
        return new SoakSample(time, events, opened, completed, resets, corrupt, tcpConnections, mptcpConnections,
                pendingEvents, bytes);
    }
}
