package org.mptcplab.engine.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Packet;

/**
 * A network interface of a {@link Node}: a name such as {@code eth0}, zero or more addresses (IPv4
 * and/or IPv6, in configuration order), an MTU, and at most one attached link direction for sending.
 * Scripted faults may be attached to either side of it.
 */
public final class NetInterface {
    /** Ethernet's MTU, the default. */
    public static final int DEFAULT_MTU = 1500;
    /** Smallest datagram every IPv4 host must forward without fragmenting (RFC 791 §3.2). */
    public static final int MIN_MTU = 68;

    private final Node node;
    private final String name;
    private final List<IpAddress> addresses = new ArrayList<>();
    private final List<IpAddress> addressesView = Collections.unmodifiableList(addresses);
    private final FaultSet inbound = new FaultSet();
    private final FaultSet outbound = new FaultSet();
    private int mtu = DEFAULT_MTU;
    private Link link;
    private LinkDirection out;

    NetInterface(Node node, String name) {
        this.node = node;
        this.name = name;
    }

    /** Interface name, unique on its node. */
    public String name() {
        return name;
    }

    /** The node that owns this interface. */
    public Node node() {
        return node;
    }

    /** Addresses in the order they were added. */
    public List<IpAddress> addresses() {
        return addressesView;
    }

    /** Adds an address (a second one of the same family is fine, e.g. for a secondary IP). */
    public void addAddress(IpAddress address) {
        Objects.requireNonNull(address, "address");
        if (addresses.contains(address)) {
            throw new IllegalArgumentException(this + " already has address " + address);
        }
        addresses.add(address);
        node.onAddressesChanged();
    }

    /** True when {@code address} is configured on this interface. */
    public boolean hasAddress(IpAddress address) {
        for (int i = 0; i < addresses.size(); i++) {
            if (addresses.get(i).equals(address)) {
                return true;
            }
        }
        return false;
    }

    /** The first address of IP version {@code version} (4 or 6), or {@code null} when there is none. */
    public IpAddress firstAddress(int version) {
        for (IpAddress a : addresses) {
            if (a.version() == version) {
                return a;
            }
        }
        return null;
    }

    /** Largest IP datagram this interface sends, in bytes. */
    public int mtu() {
        return mtu;
    }

    /** Sets the MTU; advisory (senders size segments with it, nothing fragments). */
    public void setMtu(int mtu) {
        if (mtu < MIN_MTU || mtu > 0xFFFF) {
            throw new IllegalArgumentException("MTU out of " + MIN_MTU + "..65535: " + mtu);
        }
        this.mtu = mtu;
    }

    /** The attached link, or {@code null} for an interface without one (e.g. a loopback). */
    public Link link() {
        return link;
    }

    /** The link direction this interface sends on, or {@code null} when unattached. */
    public LinkDirection out() {
        return out;
    }

    /** Adds a scripted fault checked on every packet arriving at this interface, before the node sees it. */
    public void addInboundFault(FaultRule rule) {
        inbound.add(rule);
    }

    /** Adds a scripted fault checked on every packet the node sends through this interface, before the queue. */
    public void addOutboundFault(FaultRule rule) {
        outbound.add(rule);
    }

    void attach(Link newLink, LinkDirection direction) {
        if (link != null) {
            throw new IllegalStateException(this + " is already attached to " + link.name());
        }
        link = newLink;
        out = direction;
    }

    void transmit(Packet packet) {
        if (!outbound.isEmpty() && outbound.drops(packet, node.simulator().now())) {
            node.drop(packet, this, DropReason.SCRIPTED);
        } else if (out == null) {
            node.drop(packet, this, DropReason.LINK_DOWN);
        } else {
            out.enqueue(packet);
        }
    }

    void deliver(Packet packet) {
        if (!inbound.isEmpty() && inbound.drops(packet, node.simulator().now())) {
            node.drop(packet, this, DropReason.SCRIPTED);
        } else {
            node.arrive(packet, this);
        }
    }

    @Override
    public String toString() {
        return node.name() + "/" + name;
    }
}
