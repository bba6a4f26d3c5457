package org.mptcplab.engine.scenario;

/** Congestion control coupling across the subflows of one MPTCP connection. */
public enum Coupling implements Identified {
    /** Linked increases (RFC 6356). */
    LIA("lia"),
    /** Each subflow runs its own, uncoupled congestion control. */
    NONE("none");

    private final String id;

    Coupling(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
