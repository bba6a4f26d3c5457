package org.mptcplab.engine.tcp;

import org.mptcplab.engine.wire.Packet;

/**
 * Lets a protocol above TCP claim connection requests before the normal listener lookup. MPTCP uses
 * it to attach its extension to MP_CAPABLE subflows and to route MP_JOIN SYNs by token, including
 * JOINs to a port nobody listens on, and to refuse unknown tokens with RST + MP_TCPRST.
 */
@FunctionalInterface
public interface SynInterceptor {
    /**
     * Decides what to do with a SYN (without ACK) that matches no existing connection.
     *
     * @param syn       the packet as received
     * @param listening true when a listener exists on the destination port
     */
    SynVerdict onSyn(Packet syn, boolean listening);
}
