package org.mptcplab.engine.experiment;

import java.util.List;
import org.mptcplab.engine.apps.BulkReceiver;
import org.mptcplab.engine.apps.BulkSender;
import org.mptcplab.engine.apps.TransferReport;
import org.mptcplab.engine.mptcp.Endpoint;
import org.mptcplab.engine.mptcp.InKernelPathManager;
import org.mptcplab.engine.mptcp.MptcpConfig;
import org.mptcplab.engine.mptcp.MptcpStack;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.StreamTransport;
import org.mptcplab.engine.tcp.TcpStack;

/** Runs one L4LB transfer: a pure function of (setup, point, seed). */
final class L4lbRun {
    /** How often the loop looks whether the receiver is done; the result uses the receiver's own times. */
    private static final long POLL = Time.millis(1);

    private final L4lbSetup setup;
    private final L4lbPoint point;
    private final long seed;
    private final L4lbNetwork n;
    private final TcpStack[] serverTcp = new TcpStack[L4lbSetup.SERVERS];
    private final BulkReceiver[] sink = new BulkReceiver[1];
    private JoinProbe probe;

    L4lbRun(L4lbSetup setup, L4lbPoint point, long seed) {
        this.setup = setup;
        this.point = point;
        this.seed = seed;
        this.n = new L4lbNetwork(setup, point, seed);
    }

    L4lbResult run() {
        StreamTransport client = installClient();
        for (int i = 0; i < L4lbSetup.SERVERS; i++) {
            BulkReceiver.listen(installServer(i), "sink", L4lbSetup.PORT, setup.sizeBytes(), r -> sink[0] = r);
        }
        BulkSender sender = BulkSender.upload(client, "upload", L4lbNetwork.VIP, L4lbSetup.PORT, setup.sizeBytes());
        long start = n.sim.now();
        long limit = start + setup.timeLimit();
        while (!done() && n.sim.now() < limit && n.sim.peek() != Time.NEVER) {
            n.sim.runUntil(Math.min(limit, n.sim.now() + POLL));
        }
        TransferReport received = sink[0] == null ? null : sink[0].report();
        boolean completed = received != null && received.completed();
        if (received != null && !received.intact()) {
            throw new IllegalStateException("stream corrupted at " + point + " seed " + seed + ": " + received.error());
        }
        long connected = sender.report().connectedAt();
        long ready = point.variant() == L4lbVariant.MPTCP_FIX && probe.firstJoinAt() >= 0 ? probe.firstJoinAt() : connected;
        long end = completed ? received.completedAt() : limit;
        long establishment = ready < 0 ? end - start : ready - start;
        long resets = 0;
        for (TcpStack t : serverTcp) {
            resets += t.resetsSent();
        }
        return new L4lbResult(point, seed, completed, establishment, end - start - establishment,
                received == null ? 0 : received.bytes(), probe == null ? 0 : probe.joinsEstablished(), resets,
                n.lb.counters().dataPackets(), n.sim.executedEvents());
    }

    private boolean done() {
        return sink[0] != null && sink[0].report().completed();
    }

    private StreamTransport installClient() {
        TcpStack tcp = new TcpStack(n.client, setup.tcp());
        if (!point.variant().isMptcp()) {
            return tcp;
        }
        List<Endpoint> endpoints = point.variant() == L4lbVariant.MPTCP_NO_FIX
                ? List.of(Endpoint.subflow(L4lbNetwork.CLIENT_SECOND)) : List.of();
        probe = new JoinProbe(n.sim, endpoints);
        return new MptcpStack(tcp, MptcpConfig.defaults(), probe);
    }

    private StreamTransport installServer(int i) {
        TcpStack tcp = new TcpStack(n.servers.get(i), setup.tcp());
        serverTcp[i] = tcp;
        return switch (point.variant()) {
            case TCP -> tcp;
            case MPTCP_NO_FIX -> new MptcpStack(tcp, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
            case MPTCP_FIX -> FixedServer.on(tcp, n.uniqueAddresses.get(i));
        };
    }
}
