package org.mptcplab.engine.fidelity;

import org.mptcplab.engine.apps.BulkReceiver;
import org.mptcplab.engine.apps.BulkSender;
import org.mptcplab.engine.apps.TransferReport;
import org.mptcplab.engine.sim.Time;

/**
 * One client-to-server bulk transfer on {@link Ns3Topology}, measured the way bulk.cc measures it:
 * the sender starts at t = 0 (so the handshake counts), the sink on port 5000 counts delivered bytes,
 * and the run stops as soon as the last byte arrives (10 MB mode) or at the time limit.
 */
final class BulkRun {
    /** bulk.cc's port for flow 0. */
    static final int PORT = 5000;

    private BulkRun() {}

    /** Runs {@code mode} with forward loss {@code loss} under seed {@code seed}. */
    static RunResult run(TransferMode mode, double loss, long seed) {
        long wallStart = System.nanoTime();
        Ns3Topology t = new Ns3Topology(seed, loss);
        BulkReceiver[] sink = new BulkReceiver[1];
        BulkReceiver.listen(t.serverTcp, "sink", PORT, mode.bytes(), r -> sink[0] = r);
        long size = mode.bytes() < 0 ? BulkSender.UNLIMITED : mode.bytes();
        BulkSender sender = BulkSender.upload(t.clientTcp, "bulk", t.server.localAddresses().get(0), PORT, size);
        long start = sender.report().startedAt();
        long limit = start + mode.timeLimit();
        if (mode.bytes() < 0) {
            t.sim.runUntil(limit);
        } else {
            while (!complete(sink[0]) && t.sim.peek() <= limit && t.sim.step()) {
                // each step may deliver the last byte
            }
        }
        TransferReport r = sink[0] == null ? null : sink[0].report();
        long bytes = r == null ? 0 : r.bytes();
        boolean done = mode.bytes() >= 0 && r != null && r.completed();
        long end = done ? r.completedAt() : limit;
        double goodput = bytes * 8.0 / Time.toSeconds(end - start) / 1e6;
        double completion = done ? Time.toSeconds(end - start) : -1;
        if (r != null && !r.intact()) {
            throw new IllegalStateException("stream corrupted in " + mode + " loss " + loss + " seed " + seed
                    + ": " + r.error());
        }
        return new RunResult(mode, loss, seed, goodput, completion, bytes, t.sim.executedEvents(), t.lossDrops(),
                t.queueDrops(), t.clientPackets(), System.nanoTime() - wallStart);
    }

    private static boolean complete(BulkReceiver sink) {
        return sink != null && sink.report().completed();
    }
}
