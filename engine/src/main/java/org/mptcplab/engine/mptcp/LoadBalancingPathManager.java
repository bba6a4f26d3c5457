package org.mptcplab.engine.mptcp;

import java.util.List;
import org.mptcplab.engine.wire.IpAddress;

/**
 * The ICNP 2017 paper's server-side path manager ("loadbalancing", {@code mptcp_lb.c}): once the
 * connection through the load balancer is established, advertise the server's own unique address
 * with ADD_ADDR; when the client's direct subflow to it is up, mark the initial subflow (the one
 * crossing the load balancer) backup with MP_PRIO so bulk data leaves the balancer's path, and, if
 * asked ("beyond DSR"), close the initial subflow so the balancer only ever sees the handshake.
 * On a client it behaves like {@link InKernelPathManager} without endpoints.
 */
public final class LoadBalancingPathManager extends InKernelPathManager {
    private final IpAddress uniqueAddress;
    private final boolean closeInitial;

    /**
     * @param uniqueAddress the server's non-load-balanced address to advertise
     * @param closeInitial  close the initial subflow once a direct subflow is established
     */
    public LoadBalancingPathManager(IpAddress uniqueAddress, boolean closeInitial) {
        super(List.of());
        this.uniqueAddress = uniqueAddress;
        this.closeInitial = closeInitial;
    }

    @Override
    public String name() {
        return closeInitial ? "loadbalancing (close initial)" : "loadbalancing";
    }

    /** The advertised address. */
    public IpAddress uniqueAddress() {
        return uniqueAddress;
    }

    /** True when the initial subflow is closed once a direct one is up. */
    public boolean closesInitial() {
        return closeInitial;
    }

    @Override
    public void connectionEstablished(PathContext c) {
        if (c.isServer()) {
            c.announce(uniqueAddress, 0);
        }
    }

    @Override
    public void subflowEstablished(PathContext c, SubflowInfo subflow) {
        if (!c.isServer() || subflow.initial()) {
            return;
        }
        for (SubflowInfo s : c.subflows()) {
            if (s.initial()) {
                if (!s.backup()) {
                    c.setBackup(s.id(), true);
                }
                if (closeInitial) {
                    c.closeSubflow(s.id());
                }
            }
        }
    }
}
