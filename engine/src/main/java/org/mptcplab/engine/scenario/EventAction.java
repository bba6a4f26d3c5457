package org.mptcplab.engine.scenario;

/** Timed actions on devices. */
public enum EventAction implements Identified {
    /** Withdraw one server's announcement of an anycast prefix. */
    WITHDRAW("withdraw"),
    /** (Re-)announce one server's anycast route. */
    ANNOUNCE("announce"),
    /** Remove a backend from a load balancer. */
    REMOVE_BACKEND("removeBackend"),
    /** Add a backend back to a load balancer. */
    ADD_BACKEND("addBackend");

    private final String id;

    EventAction(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
