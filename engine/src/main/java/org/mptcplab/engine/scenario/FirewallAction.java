package org.mptcplab.engine.scenario;

/** What a firewall rule does with a matching packet. */
public enum FirewallAction implements Identified {
    /** Let the packet through to the transport. */
    ACCEPT("accept"),
    /** Drop it silently. */
    DROP("drop");

    private final String id;

    FirewallAction(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
