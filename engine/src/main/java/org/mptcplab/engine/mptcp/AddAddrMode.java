package org.mptcplab.engine.mptcp;

/** How an ADD_ADDR is made reliable until its echo arrives (RFC 8684 §3.4.1). */
public enum AddAddrMode {
    /**
     * Linux: retransmit on a timer, at most {@link MptcpConfig#addAddrMaxRetransmissions()} times; the
     * timeout is the largest RTO among the connection's subflows, capped by
     * {@link MptcpConfig#addAddrTimeout()} ({@code net.mptcp.add_addr_timeout}).
     */
    TIMER,
    /**
     * The ICNP 2017 patch: attach the ADD_ADDR to every segment the connection sends, on every
     * subflow, until the echo arrives.
     */
    PIGGYBACK
}
