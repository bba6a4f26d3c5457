package org.mptcplab.engine.net;

import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.IpHeader;
import org.mptcplab.engine.wire.Packet;

/**
 * A plain IP router (RFC 1812): every packet is forwarded by longest-prefix match with its TTL / hop
 * limit decremented. A packet that cannot be forwarded is dropped: NO_ROUTE without a route,
 * TTL_EXPIRED when the TTL would reach zero (RFC 1812 §5.3.1; no ICMP is sent). Routers terminate no
 * traffic, not even packets addressed to their own interfaces.
 *
 * <p>Subclasses may change how next hops are picked by overriding {@link #route} or by installing a
 * {@link NextHopSelector} on the routing table (ECMP), and reuse {@link #forward}.
 */
public class Router extends Node {
    private long forwarded;
    private final HopLimitCache hopLimits = new HopLimitCache();

    /** A router of {@code network}; prefer {@link Network#addRouter}. */
    public Router(Network network, String name) {
        super(network, name);
    }

    /** Packets forwarded so far. */
    public final long packetsForwarded() {
        return forwarded;
    }

    @Override
    protected void receive(Packet packet, NetInterface in) {
        forward(packet, in);
    }

    /** Routes, decrements the hop limit, traces FORWARDED on the outgoing interface and transmits. */
    protected final void forward(Packet packet, NetInterface in) {
        NextHop hop = route(packet);
        if (hop == null) {
            drop(packet, in, DropReason.NO_ROUTE);
            return;
        }
        IpHeader ip = packet.ip();
        int hopLimit = ip.hopLimit();
        if (hopLimit <= 1) {
            drop(packet, in, DropReason.TTL_EXPIRED);
            return;
        }
        // Records are immutable: a new packet per hop, its header shared with earlier packets that had the
        // same one. The TCP checksum does not cover the TTL.
        Packet out = new Packet(hopLimits.decremented(ip), packet.tcp(), packet.payload());
        forwarded++;
        tracePacket(PacketEvent.Kind.FORWARDED, out, hop.iface());
        transmit(out, hop.iface());
    }
}
