package org.mptcplab.engine.scenario;

/** Transport an application uses. */
public enum Protocol implements Identified {
    /** Plain TCP (RFC 9293). */
    TCP("tcp"),
    /** Multipath TCP v1 (RFC 8684). */
    MPTCP("mptcp");

    private final String id;

    Protocol(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
