package org.mptcplab.engine.scenario;

/** How an ECMP router picks among equal-cost next hops. */
public enum EcmpMethod implements Identified {
    /** Linux hash-threshold (RFC 2992): a change of the group moves flows of surviving next hops. */
    HASH_THRESHOLD("hashThreshold"),
    /** Resilient next-hop groups: only buckets of a removed next hop move. */
    RESILIENT("resilient");

    private final String id;

    EcmpMethod(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
