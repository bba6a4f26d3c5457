package org.mptcplab.engine.scenario;

/** How a load balancer turns a hash into a backend (PROTOCOL.md §3). */
public enum SelectorMethod implements Identified {
    /** hash mod N. */
    MOD("mod"),
    /** Maglev lookup table of prime size. */
    MAGLEV("maglev"),
    /** RFC 2992 hash-threshold ranges. */
    HASH_THRESHOLD("hashThreshold"),
    /** Resilient bucket table. */
    RESILIENT("resilient");

    private final String id;

    SelectorMethod(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
