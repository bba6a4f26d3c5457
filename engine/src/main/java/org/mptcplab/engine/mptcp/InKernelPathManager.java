package org.mptcplab.engine.mptcp;

import java.util.List;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Linux's in-kernel path manager ({@code net/mptcp/pm_netlink.c}), driven by endpoints:
 * <ul>
 *   <li>both sides advertise their {@code signal} endpoints once the connection is established;</li>
 *   <li>the client opens one subflow from each {@code subflow} endpoint to the server's initial address
 *       and port, unless flag C forbids it;</li>
 *   <li>for each accepted ADD_ADDR the client opens a subflow from each {@code fullmesh} endpoint, or,
 *       without any, one from the initial subflow's local address, to the advertised address (and
 *       port, else the initial port).</li>
 * </ul>
 * The connection enforces {@code ip mptcp limits}.
 */
public class InKernelPathManager implements PathManager {
    private final List<Endpoint> endpoints;

    /** A path manager with these endpoints (in {@code ip mptcp endpoint} order). */
    public InKernelPathManager(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    /** No endpoints: the client accepts ADD_ADDRs, nothing else happens. */
    public static InKernelPathManager withoutEndpoints() {
        return new InKernelPathManager(List.of());
    }

    @Override
    public String name() {
        return "in-kernel";
    }

    /** The configured endpoints. */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    @Override
    public void connectionEstablished(PathContext c) {
        announceSignalEndpoints(c);
        if (c.isServer()) {
            return;
        }
        FiveTuple initial = c.initialFlow();
        for (Endpoint e : endpoints) {
            if (e.subflow() && !e.fullmesh() && !e.address().equals(initial.src()) && c.joinToInitialAllowed()
                    && e.address().version() == initial.dst().version()) {
                c.openSubflow(e.address(), initial.dst(), initial.dstPort(), e.backup());
            }
        }
    }

    /**
     * Advertises every {@code signal} endpoint that is not the initial subflow's own address and port.
     * The same address with another port is advertised: that is how a Beamer server names itself
     * (ADD_ADDR of the VIP with port = server id, PROTOCOL.md §1).
     */
    protected final void announceSignalEndpoints(PathContext c) {
        FiveTuple initial = c.initialFlow();
        for (Endpoint e : endpoints) {
            boolean initialAddress = e.address().equals(initial.src()) && (e.port() == 0 || e.port() == initial.srcPort());
            if (e.signal() && !initialAddress) {
                c.announce(e.address(), e.port());
            }
        }
    }

    @Override
    public void addressAnnounced(PathContext c, RemoteAddress a) {
        if (c.isServer()) {
            return;
        }
        int port = a.port().orElse(c.initialFlow().dstPort());
        boolean any = false;
        for (Endpoint e : endpoints) {
            if (e.fullmesh() && e.address().version() == a.address().version()) {
                any = true;
                c.openSubflow(e.address(), a.address(), port, e.backup());
            }
        }
        if (!any) {
            IpAddress local = c.initialFlow().src();
            if (local.version() == a.address().version()) {
                c.openSubflow(local, a.address(), port, false);
            }
        }
    }
}
