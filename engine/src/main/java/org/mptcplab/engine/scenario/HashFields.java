package org.mptcplab.engine.scenario;

/** Which packet fields feed a load balancer's or ECMP router's hash. */
public enum HashFields implements Identified {
    /** Source and destination address and port, and protocol (5-tuple). */
    L4("l4"),
    /** Source and destination address only. */
    L3("l3"),
    /** Source and destination address and port (the RSS/Toeplitz input). */
    RSS("rss");

    private final String id;

    HashFields(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
