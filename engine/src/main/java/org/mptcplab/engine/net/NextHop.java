package org.mptcplab.engine.net;

import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Where a route sends packets: out of {@code iface}, optionally towards the neighbour {@code gateway}.
 * Links are point-to-point, so the gateway is not needed to deliver; it names the next hop in traces
 * and distinguishes members of an ECMP group that share an interface.
 *
 * @param iface   outgoing interface
 * @param gateway next-hop address, or {@code null} for a directly connected destination
 */
public record NextHop(NetInterface iface, IpAddress gateway) {

    /** Requires the interface. */
    public NextHop {
        Objects.requireNonNull(iface, "iface");
    }

    /** A next hop with no gateway. */
    public static NextHop via(NetInterface iface) {
        return new NextHop(iface, null);
    }

    /** Text as {@code ip route} prints it, e.g. {@code via 10.0.0.2 dev eth1} or {@code dev eth0}. */
    @Override
    public String toString() {
        return (gateway == null ? "" : "via " + gateway + " ") + "dev " + iface.name();
    }
}
