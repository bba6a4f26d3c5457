package org.mptcplab.engine.scenario;

/** Flags of an MPTCP endpoint, as {@code ip mptcp endpoint add ... FLAGS}. */
public enum EndpointFlag implements Identified {
    /** Announce this address to the peer with ADD_ADDR. */
    SIGNAL("signal"),
    /** Open subflows from this address. */
    SUBFLOW("subflow"),
    /** Subflows on this address are backup (MP_JOIN B flag). */
    BACKUP("backup"),
    /** Open a subflow from this address to every known peer address. */
    FULLMESH("fullmesh");

    private final String id;

    EndpointFlag(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
