package org.mptcplab.engine.net;

import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.TraceBus;

/**
 * A full-duplex point-to-point link between two interfaces: two independent {@link LinkDirection}s
 * that share an up/down state. Created by {@link Network#connect}.
 */
public final class Link {
    private final String name;
    private final NetInterface a;
    private final NetInterface b;
    private final LinkDirection ab;
    private final LinkDirection ba;
    private boolean up = true;

    Link(String name, NetInterface a, NetInterface b, LinkConfig abConfig, LinkConfig baConfig) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.ab = new LinkDirection(this, a, b, abConfig);
        this.ba = new LinkDirection(this, b, a, baConfig);
        a.attach(this, ab);
        b.attach(this, ba);
    }

    /** Unique name in the network, e.g. {@code client-r1}. */
    public String name() {
        return name;
    }

    /** The first interface given to {@link Network#connect}. */
    public NetInterface a() {
        return a;
    }

    /** The second interface. */
    public NetInterface b() {
        return b;
    }

    /** Direction from {@link #a()} to {@link #b()}. */
    public LinkDirection ab() {
        return ab;
    }

    /** Direction from {@link #b()} to {@link #a()}. */
    public LinkDirection ba() {
        return ba;
    }

    /** The direction leaving {@code node}. */
    public LinkDirection from(Node node) {
        if (a.node() == node) {
            return ab;
        }
        if (b.node() == node) {
            return ba;
        }
        throw new IllegalArgumentException(node.name() + " is not an end of link " + name);
    }

    /** True unless taken down with {@link #setUp(boolean)}. */
    public boolean isUp() {
        return up;
    }

    /**
     * Takes the link down or brings it back. Going down loses every packet queued or in flight in
     * both directions (LINK_DOWN); a {@link NodeEvent} LINK_DOWN / LINK_UP is published on the node of
     * end {@link #a()} with the link name as detail. Setting the current state again does nothing.
     */
    public void setUp(boolean newState) {
        if (newState == up) {
            return;
        }
        up = newState;
        Node node = a.node();
        TraceBus trace = node.trace();
        if (trace.enabled()) {
            trace.publish(new NodeEvent(node.simulator().now(), node.name(),
                    up ? NodeEvent.Kind.LINK_UP : NodeEvent.Kind.LINK_DOWN, name));
        }
        ab.setUp(newState);
        ba.setUp(newState);
    }

    @Override
    public String toString() {
        return name + " (" + a + " <-> " + b + ")";
    }
}
