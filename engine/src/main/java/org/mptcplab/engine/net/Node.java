package org.mptcplab.engine.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.Packet;

/**
 * A box in the topology: interfaces in creation order, a {@link RoutingTable}, counters, and the
 * helpers every kind of node needs to send, trace and drop packets. What happens to an arriving
 * packet is the subclass's business ({@link #receive}).
 *
 * <p>Extension points for subclasses, including those in other packages such as the load balancer in
 * {@code lb}: override {@link #receive} (mandatory) and {@link #route} (to pick next hops differently),
 * call {@link #transmit}, {@link #drop} and {@link #tracePacket}, and react to address changes in
 * {@link #onAddressesChanged}. Register a new node with {@link Network#addNode}.
 */
public abstract class Node {
    private final Network network;
    private final String name;
    private final List<NetInterface> interfaces = new ArrayList<>();
    private final List<NetInterface> interfacesView = Collections.unmodifiableList(interfaces);
    private final RoutingTable routes = new RoutingTable(this);
    private final DropCounters drops = new DropCounters();
    private long received;
    private long sent;

    /** A node of {@code network}; it takes part in the run once passed to {@link Network#addNode}. */
    protected Node(Network network, String name) {
        this.network = Objects.requireNonNull(network, "network");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("node name must not be blank");
        }
        this.name = name;
    }

    /** Unique name in the network, used in traces. */
    public final String name() {
        return name;
    }

    /** The network this node belongs to. */
    public final Network network() {
        return network;
    }

    /** The simulation clock and random streams. */
    public final Simulator simulator() {
        return network.simulator();
    }

    /** Where this node publishes what happens. */
    public final TraceBus trace() {
        return network.trace();
    }

    /** Interfaces in creation order. */
    public final List<NetInterface> interfaces() {
        return interfacesView;
    }

    /** The interface called {@code ifaceName}. */
    public final NetInterface iface(String ifaceName) {
        for (NetInterface i : interfaces) {
            if (i.name().equals(ifaceName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no interface " + ifaceName);
    }

    /** This node's routes. */
    public final RoutingTable routes() {
        return routes;
    }

    /** Packets handed to this node by its interfaces. */
    public final long packetsReceived() {
        return received;
    }

    /** Packets this node handed to one of its interfaces (originated or forwarded). */
    public final long packetsSent() {
        return sent;
    }

    /** Packets dropped here, by reason, including those lost at this node's ends of its links. */
    public final DropCounters drops() {
        return drops;
    }

    /** Adds an interface with no link, e.g. {@code lo} to hold extra addresses. */
    public final NetInterface addInterface(String ifaceName) {
        if (ifaceName == null || ifaceName.isBlank()) {
            throw new IllegalArgumentException("interface name must not be blank");
        }
        if (hasInterface(ifaceName)) {
            throw new IllegalArgumentException(name + " already has an interface " + ifaceName);
        }
        NetInterface iface = new NetInterface(this, ifaceName);
        interfaces.add(iface);
        return iface;
    }

    /** Adds the next free {@code ethN}. */
    final NetInterface addEthernet() {
        int n = 0;
        while (hasInterface("eth" + n)) {
            n++;
        }
        return addInterface("eth" + n);
    }

    private boolean hasInterface(String ifaceName) {
        for (NetInterface i : interfaces) {
            if (i.name().equals(ifaceName)) {
                return true;
            }
        }
        return false;
    }

    /** Handles a packet that arrived on {@code in} (after inbound faults). */
    protected abstract void receive(Packet packet, NetInterface in);

    /** The next hop for {@code packet}, or {@code null} when there is no route; by default the routing table's choice. */
    protected NextHop route(Packet packet) {
        return routes.select(packet);
    }

    /** Sends {@code packet} out of {@code out}, one of this node's interfaces; the link queues or drops it. */
    public final void transmit(Packet packet, NetInterface out) {
        if (out.node() != this) {
            throw new IllegalArgumentException(out + " is not an interface of " + name);
        }
        sent++;
        out.transmit(packet);
    }

    /** Counts and traces a drop here; {@code iface} may be {@code null} when no interface is involved. */
    protected final void drop(Packet packet, NetInterface iface, DropReason reason) {
        drops.add(reason);
        TraceBus trace = network.trace();
        if (trace.enabled()) {
            trace.publish(new PacketEvent(simulator().now(), name, iface == null ? null : iface.name(),
                    PacketEvent.Kind.DROPPED, reason, packet));
        }
    }

    /** Publishes a SENT, RECEIVED or FORWARDED event when tracing is on; allocates nothing otherwise. */
    protected final void tracePacket(PacketEvent.Kind kind, Packet packet, NetInterface iface) {
        TraceBus trace = network.trace();
        if (trace.enabled()) {
            trace.publish(new PacketEvent(simulator().now(), name, iface == null ? null : iface.name(), kind, null,
                    packet));
        }
    }

    /** Called after an address was added to one of this node's interfaces. */
    protected void onAddressesChanged() {
        // nothing to refresh by default
    }

    final void arrive(Packet packet, NetInterface in) {
        received++;
        receive(packet, in);
    }

    @Override
    public String toString() {
        return name;
    }
}
