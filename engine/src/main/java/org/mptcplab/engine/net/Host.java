package org.mptcplab.engine.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Packet;

/**
 * An end system: it originates packets for its transport stack and accepts those addressed to one of
 * its local addresses (interface addresses, then extra ones such as a DSR VIP held on a loopback).
 * It never forwards: a packet for somebody else is dropped with NOT_FOR_US.
 *
 * <p>Routing is by destination, with one twist that multihomed MPTCP clients need: when the best
 * route has several next hops (say, a default route on each of two access links), the one whose
 * interface owns the packet's source address wins, so a subflow from 10.0.1.1 leaves through the
 * interface that has 10.0.1.1 (the effect Linux gets from source-address policy routing).
 */
public class Host extends Node implements IpEndpoint {
    private final List<IpAddress> extraAddresses = new ArrayList<>();
    private List<IpAddress> localAddresses = List.of();
    private TransportHandler transport;
    private PacketFilter filter;

    /** A host of {@code network}; prefer {@link Network#addHost}. */
    public Host(Network network, String name) {
        super(network, name);
    }

    /** Adds an address the host answers for without it being on an interface (e.g. a DSR VIP). */
    public void addLocalAddress(IpAddress address) {
        Objects.requireNonNull(address, "address");
        if (extraAddresses.contains(address)) {
            throw new IllegalArgumentException(name() + " already has local address " + address);
        }
        extraAddresses.add(address);
        onAddressesChanged();
    }

    @Override
    public List<IpAddress> localAddresses() {
        return localAddresses;
    }

    /** True when {@code address} is one of {@link #localAddresses()}. */
    public boolean isLocal(IpAddress address) {
        List<IpAddress> local = localAddresses;
        for (int i = 0; i < local.size(); i++) {
            if (local.get(i).equals(address)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void setTransport(TransportHandler handler) {
        transport = handler;
    }

    /** Installs a firewall consulted for every packet addressed to this host; {@code null} removes it. */
    public void setFilter(PacketFilter newFilter) {
        filter = newFilter;
    }

    /**
     * Routes {@code packet} by its destination and queues it on the outgoing link, tracing SENT; with
     * no route it is dropped (NO_ROUTE).
     */
    @Override
    public void send(Packet packet) {
        NextHop hop = route(packet);
        if (hop == null) {
            drop(packet, null, DropReason.NO_ROUTE);
            return;
        }
        tracePacket(PacketEvent.Kind.SENT, packet, hop.iface());
        transmit(packet, hop.iface());
    }

    /** Longest match on the destination; among several next hops, the interface owning the source wins. */
    @Override
    protected NextHop route(Packet packet) {
        RouteEntry entry = routes().lookup(packet.dst());
        if (entry == null) {
            return null;
        }
        List<NextHop> hops = entry.nextHops();
        if (hops.size() > 1) {
            IpAddress src = packet.src();
            for (int i = 0; i < hops.size(); i++) {
                if (hops.get(i).iface().hasAddress(src)) {
                    return hops.get(i);
                }
            }
        }
        return routes().select(entry, packet);
    }

    /**
     * The first address, of the destination's family, of the interface the route to
     * {@code destination} leaves by (its first next hop); failing that, the first local address of
     * that family.
     *
     * @throws IllegalStateException when the host has no address of that family
     */
    @Override
    public IpAddress sourceAddressFor(IpAddress destination) {
        RouteEntry entry = routes().lookup(destination);
        if (entry != null) {
            IpAddress a = entry.nextHops().get(0).iface().firstAddress(destination.version());
            if (a != null) {
                return a;
            }
        }
        for (IpAddress a : localAddresses) {
            if (a.version() == destination.version()) {
                return a;
            }
        }
        throw new IllegalStateException(name() + " has no IPv" + destination.version() + " address to reach "
                + destination);
    }

    /** MTU of the interface the route to {@code destination} leaves by, or the default MTU when unrouted. */
    @Override
    public int mtuFor(IpAddress destination) {
        RouteEntry entry = routes().lookup(destination);
        return entry == null ? NetInterface.DEFAULT_MTU : entry.nextHops().get(0).iface().mtu();
    }

    /**
     * Accepts packets for a local address (after the firewall) and hands them to the transport,
     * tracing RECEIVED; a host without a transport accepts and discards.
     */
    @Override
    protected void receive(Packet packet, NetInterface in) {
        if (!isLocal(packet.dst())) {
            drop(packet, in, DropReason.NOT_FOR_US);
        } else if (filter != null && !filter.accept(packet, in)) {
            drop(packet, in, DropReason.FIREWALL);
        } else {
            tracePacket(PacketEvent.Kind.RECEIVED, packet, in);
            if (transport != null) {
                transport.receive(packet);
            }
        }
    }

    @Override
    protected void onAddressesChanged() {
        List<IpAddress> all = new ArrayList<>();
        for (NetInterface i : interfaces()) {
            for (IpAddress a : i.addresses()) {
                if (!all.contains(a)) {
                    all.add(a);
                }
            }
        }
        for (IpAddress a : extraAddresses) {
            if (!all.contains(a)) {
                all.add(a);
            }
        }
        localAddresses = List.copyOf(all);
    }
}
