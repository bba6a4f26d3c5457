package org.mptcplab.engine.security;

/** What a firewall rule does with the packets it matches. */
public enum Verdict {
    /** Let the packet through to the transport. */
    ACCEPT,
    /** Discard it silently (the sender sees a loss, not a RST). */
    DROP
}
