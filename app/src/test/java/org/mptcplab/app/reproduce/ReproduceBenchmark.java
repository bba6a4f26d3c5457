package org.mptcplab.app.reproduce;

import org.mptcplab.app.cli.Cli;
import org.mptcplab.app.cli.CliContext;

/**
 * Test-scope benchmark main (run by hand, never as a unit test): {@code reproduce} through the real
 * command line without JavaFX on the class path, then the process's peak heap use. Arguments are
 * those of {@code reproduce}, e.g. {@code anycast --out /tmp/r}.
 */
public final class ReproduceBenchmark {
    private ReproduceBenchmark() {}

    /** Entry point. */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        String[] full = new String[args.length + 1];
        full[0] = "reproduce";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = Cli.run(CliContext.system(options -> { }), full);
        double wall = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(java.util.Locale.ROOT, "exit=%d wall_s=%.2f peak_heap_mb=%.1f%n", code, wall, peak / 1e6);
    }
}
