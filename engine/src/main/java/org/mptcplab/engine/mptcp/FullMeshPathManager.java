package org.mptcplab.engine.mptcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Full mesh (the mptcp.org "fullmesh" path manager): the client opens a subflow from each of its
 * addresses to each address it knows of the server, the initial one included unless flag C bans it,
 * within the connection's limits. Like the in-kernel manager, both sides advertise their
 * {@code signal} endpoints.
 */
public final class FullMeshPathManager extends InKernelPathManager {
    /** A full-mesh manager that also advertises these endpoints' {@code signal} addresses. */
    public FullMeshPathManager(List<Endpoint> endpoints) {
        super(endpoints);
    }

    @Override
    public String name() {
        return "fullmesh";
    }

    @Override
    public void connectionEstablished(PathContext c) {
        announceSignalEndpoints(c);
        if (!c.isServer()) {
            mesh(c);
        }
    }

    @Override
    public void addressAnnounced(PathContext c, RemoteAddress a) {
        if (!c.isServer()) {
            mesh(c);
        }
    }

    /** Every (local, remote) pair not yet connected, in address order; the connection refuses the rest. */
    static List<Target> targets(PathContext c) {
        FiveTuple initial = c.initialFlow();
        List<Target> remotes = new ArrayList<>();
        if (c.joinToInitialAllowed()) {
            remotes.add(new Target(null, initial.dst(), initial.dstPort()));
        }
        for (RemoteAddress r : c.remoteAddresses()) {
            remotes.add(new Target(null, r.address(), r.port().orElse(initial.dstPort())));
        }
        List<Target> out = new ArrayList<>();
        for (IpAddress local : c.localAddresses()) {
            for (Target r : remotes) {
                if (local.version() == r.remote().version() && !connected(c, local, r)) {
                    out.add(new Target(local, r.remote(), r.port()));
                }
            }
        }
        return out;
    }

    private static boolean connected(PathContext c, IpAddress local, Target r) {
        for (SubflowInfo s : c.subflows()) {
            FiveTuple f = s.flow();
            if (f.src().equals(local) && f.dst().equals(r.remote()) && f.dstPort() == r.port()) {
                return true;
            }
        }
        return false;
    }

    private static void mesh(PathContext c) {
        for (Target t : targets(c)) {
            c.openSubflow(t.local(), t.remote(), t.port(), false);
        }
    }

    /** A subflow to open: from {@code local} (null while unknown) to {@code remote:port}. */
    record Target(IpAddress local, IpAddress remote, int port) {}
}
