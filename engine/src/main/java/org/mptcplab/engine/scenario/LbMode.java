package org.mptcplab.engine.scenario;

/** What a load balancer knows about MPTCP (PROTOCOL.md §1, alternatives). */
public enum LbMode implements Identified {
    /** Hash every packet; blind to MPTCP (the deployed case the paper starts from). */
    PLAIN("plain"),
    /** MPTCP-aware: learns token to backend from MP_CAPABLE keys and routes each MP_JOIN by token. */
    STATEFUL("stateful"),
    /** Beamer-style: destination ports at or above a threshold name the server directly. */
    BEAMER("beamer"),
    /** The server chooses keys so that the token's leading bits carry its id. */
    SERVER_ID_TOKEN("serverIdToken");

    private final String id;

    LbMode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
