package org.mptcplab.engine.scenario;

/** What a load balancer knows about MPTCP (PROTOCOL.md §1, alternatives). */
public enum LbMode implements Identified {
    /** Hash every packet; blind to MPTCP (the deployed case the paper starts from). */
    PLAIN("plain"),
    /** MPTCP-aware: learns token to backend from MP_CAPABLE keys and routes each MP_JOIN by token. */
    STATEFUL("stateful"),
    /** Beamer-style: destination ports at or above a threshold name the server directly. */
    BEAMER("beamer"),
    /**
     * draft-paasch-mptcp-loadbalancer's idea: each backend chooses keys so that its token's leading
     * {@code serverIdBits} bits carry its id (its position among the backends) and MP_JOINs are routed by
     * that id. The draft's exact encoding is not public; this placement of the id is the lab's model.
     */
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
