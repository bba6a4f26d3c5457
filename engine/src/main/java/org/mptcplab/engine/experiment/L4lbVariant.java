package org.mptcplab.engine.experiment;

/** The three transports compared behind the layer-4 load balancer. */
public enum L4lbVariant {
    /** Plain TCP: every client packet of the connection crosses the load balancer. */
    TCP("TCP"),
    /**
     * MPTCP with the ICNP 2017 fix: flag C in the server's SYN/ACK, ADD_ADDR of the server's unique
     * address, the client joins it directly, and the server's "loadbalancing" path manager marks the
     * initial subflow backup (MP_PRIO) so data leaves the load-balancer path.
     */
    MPTCP_FIX("MPTCP (fix)"),
    /**
     * Stock MPTCP: no flag C, no ADD_ADDR; the client's second address opens an MP_JOIN to the VIP,
     * which the balancer hashes to any backend (a wrong one answers RST), so all data stays on the
     * load-balancer path.
     */
    MPTCP_NO_FIX("MPTCP (no fix)");

    private final String label;

    L4lbVariant(String label) {
        this.label = label;
    }

    /** Human label for tables and legends. */
    public String label() {
        return label;
    }

    /** True for the two MPTCP variants. */
    public boolean isMptcp() {
        return this != TCP;
    }
}
