package org.mptcplab.app.playback;

/** What a node is, which decides its column in the left-to-right layout. */
public enum NodeRole {
    CLIENT, ROUTER, LOAD_BALANCER, SERVER;

    /** Layout column: clients first, servers last. */
    public int column() {
        return ordinal();
    }
}
