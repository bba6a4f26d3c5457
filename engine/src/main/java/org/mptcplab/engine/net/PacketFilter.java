package org.mptcplab.engine.net;

import org.mptcplab.engine.wire.Packet;

/**
 * A host firewall hook (the INPUT chain): consulted for every packet addressed to the host before
 * the transport sees it. Refused packets are dropped with {@code DropReason.FIREWALL}; the filter
 * may publish its own firewall events.
 */
@FunctionalInterface
public interface PacketFilter {

    /** True to let {@code packet}, which arrived on {@code in}, through to the transport. */
    boolean accept(Packet packet, NetInterface in);
}
