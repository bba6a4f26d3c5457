package org.mptcplab.engine.faults;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 10-minute anycast soak, run on demand (never in CI):
 * {@code java -cp engine/target/classes:engine/target/test-classes org.mptcplab.engine.faults.AnycastSoak [seconds]}.
 * Samples every simulated minute, after {@code System.gc()}, and prints a table, the heap after
 * warm-up (first sample) and at the end, the wall time and the event rate. A flat heap and flat
 * live-object counts are the pass mark; the CI counterpart is {@link AnycastSoakTest}.
 */
public final class AnycastSoak {
    private AnycastSoak() {
    }

    /** Runs the soak; the optional argument replaces the 600 s duration. */
    public static void main(String[] args) {
        SoakSetup s = SoakSetup.tenMinutes();
        if (args.length > 0) {
            long seconds = Long.parseLong(args[0]);
            s = new SoakSetup(seconds * 1_000_000_000L, s.sample(), s.tcpClients(), s.mptcpClients(), s.flowBytes(),
                    s.think(), s.period(), s.downFor(), s.timeWait(), s.seed());
        }
        run(new SoakWorld(s), System.out);
    }

    static List<SoakSample> run(SoakWorld world, PrintStream out) {
        SoakSetup s = world.setup();
        out.printf(Locale.ROOT, "anycast soak: %d s simulated, %d TCP + %d MPTCP clients, %d-byte flows,"
                + " a server withdrawn %d s every %d s, TIME_WAIT %d s, batch mode (no trace sink)%n",
                s.duration() / 1_000_000_000L, s.tcpClients(), s.mptcpClients(), s.flowBytes(),
                s.downFor() / 1_000_000_000L, s.period() / 1_000_000_000L, s.timeWait() / 1_000_000_000L);
        out.println("   t(s)      events    opened  completed  resets  corrupt  tcp-live  mptcp-live  pending  heap(MiB)");
        List<SoakSample> samples = new ArrayList<>();
        long wallStart = System.nanoTime();
        for (long t = s.sample(); t <= s.duration(); t += s.sample()) {
            SoakSample sample = world.runUntil(t).withHeap(usedHeapAfterGc());
            samples.add(sample);
            out.printf(Locale.ROOT, "%7d %11d %9d %10d %7d %8d %9d %11d %8d %10.1f%n", sample.time() / 1_000_000_000L,
                    sample.events(), sample.opened(), sample.completed(), sample.resets(), sample.corrupt(),
                    sample.tcpConnections(), sample.mptcpConnections(), sample.pendingEvents(),
                    sample.heapUsed() / 1048576.0);
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        SoakSample last = samples.get(samples.size() - 1);
        out.printf(Locale.ROOT, "heap used after warm-up (t=%d s): %.1f MiB; at the end: %.1f MiB%n",
                samples.get(0).time() / 1_000_000_000L, samples.get(0).heapUsed() / 1048576.0,
                last.heapUsed() / 1048576.0);
        out.printf(Locale.ROOT, "wall time %.1f s (including %d forced GCs), %d events, %.0f events/s%n", wall,
                samples.size(), last.events(), last.events() / wall);
        return samples;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
