package org.mptcplab.engine.scenario;

/** How a load balancer hands a client's packets to the chosen backend. */
public enum Forwarding implements Identified {
    /** Destination rewritten to the backend's address; replies come back through the load balancer. */
    NAT("nat"),
    /** Direct server return: packets forwarded unchanged (dst stays the VIP); servers reply to the client directly. */
    DSR("dsr");

    private final String id;

    Forwarding(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
