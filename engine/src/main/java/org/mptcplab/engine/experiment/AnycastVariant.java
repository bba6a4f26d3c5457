package org.mptcplab.engine.experiment;

/** The two transports of the anycast experiment. */
public enum AnycastVariant {
    /** Plain TCP to the anycast address: a route change moves flows to a server that answers RST. */
    TCP("TCP"),
    /**
     * MPTCP with the fix: flag C, ADD_ADDR of the server's unique address, data on the direct subflow
     * (initial subflow backup), so route churn of the anycast prefix does not touch the data path.
     */
    MPTCP_FIX("MPTCP (fix)");

    private final String label;

    AnycastVariant(String label) {
        this.label = label;
    }

    /** Human label for tables and legends. */
    public String label() {
        return label;
    }
}
