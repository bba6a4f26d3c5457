package org.mptcplab.engine.scenario;

/** How ADD_ADDR is made reliable (PROTOCOL.md §1, item 3). */
public enum AddAddrMode implements Identified {
    /** Linux: retransmit on a timer until echoed, a bounded number of times. */
    TIMER("timer"),
    /** The paper's patch: attach the ADD_ADDR to every outgoing segment until echoed. */
    PIGGYBACK("piggyback");

    private final String id;

    AddAddrMode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
