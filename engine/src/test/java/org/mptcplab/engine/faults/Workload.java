package org.mptcplab.engine.faults;

/** The three protocol set-ups every fault is tried against (the catalogue's TCP, plain and fixed). */
enum Workload {
    /** Plain TCP. */
    TCP,
    /** MPTCP without the fix: the client opens a second subflow to the shared address. */
    MPTCP_PLAIN,
    /** MPTCP with the ICNP 2017 fix: flag C, ADD_ADDR of the server's unique address. */
    MPTCP_FIXED;

    boolean mptcp() {
        return this != TCP;
    }
}
