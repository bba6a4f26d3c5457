package org.mptcplab.engine.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Events per second of the bare kernel (not a unit test; run on demand):
 * <pre>mvn -B -q -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.mptcplab.engine.sim.KernelBenchmark</pre>
 * or with plain java on engine/target/classes:engine/target/test-classes.
 * Workload: {@code pending} self-rescheduling actions with pseudo-random delays (a queue of that
 * depth), plus a re-armed timer per action, as TCP retransmission timers are.
 */
public final class KernelBenchmark {
    private KernelBenchmark() {}

    public static void main(String[] args) {
        int pending = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long events = args.length > 1 ? Long.parseLong(args[1]) : 50_000_000L;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            Simulator sim = new Simulator(round);
            RandomStream rnd = sim.random().stream("bench");
            for (int i = 0; i < pending; i++) {
                Timer rto = sim.newTimer(() -> { });
                sim.schedule(rnd.nextInt(1_000_000), new Runnable() {
                    @Override
                    public void run() {
                        rto.rescheduleIn(200_000_000L);
                        sim.schedule(1 + rnd.nextInt(1_000_000), this);
                    }
                });
            }
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long ran = sim.run(events);
            double s = (System.nanoTime() - t0) / 1e9;
            // CPU time of this thread as well: on a shared machine it is the figure that stays stable.
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf(Locale.ROOT,
                    "round %d: %d events, queue depth %d, %.2f s, %.1f M events/s (CPU %.2f s, %.1f M events/s)%n",
                    round, ran, sim.pendingEvents(), s, ran / s / 1e6, cpu, ran / cpu / 1e6);
        }
    }
}
