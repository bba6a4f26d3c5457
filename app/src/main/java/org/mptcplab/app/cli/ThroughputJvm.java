package org.mptcplab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a batch command in a child JVM tuned for throughput (see docs/decisions/0005). {@code java -jar}
 * gives the default G1 collector, whose barriers and concurrent threads cost about a fifth of the
 * anycast experiment's wall time on a 2-core machine; the parallel collector does not. A jar
 * manifest cannot choose a collector, so the command starts one child JVM with the same java, jar and
 * arguments plus {@code -XX:+UseParallelGC}, and passes its terminal and exit code through.
 */
final class ThroughputJvm {
    /** Set in the child so it never relaunches itself. */
    static final String WORKER_PROPERTY = "mptcplab.worker";

    /**
     * Heap cap of the worker. The parallel collector grows the heap towards its limit (a quarter of
     * RAM by default), so without a cap a run that needs ~250 MB would hold well over 1 GiB; the
     * experiments of issue 5 peak at ~330 MB resident with this cap.
     */
    static final long MAX_WORKER_HEAP = 768L << 20;

    private ThroughputJvm() {}

    /**
     * The jar to relaunch, when relaunching helps: this code runs from a jar, is not already the worker,
     * and the collector is G1 (a user who chose another collector keeps it).
     */
    static Optional<Path> jarToRelaunch() {
        if (System.getProperty(WORKER_PROPERTY) != null || !usesG1()) {
            return Optional.empty();
        }
        try {
            Path self = Path.of(ThroughputJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return self.toString().endsWith(".jar") && Files.isRegularFile(self) ? Optional.of(self) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The child's command line: same java binary and jar, throughput collector, heap capped. */
    static List<String> command(String javaHome, long maxHeapBytes, Path jar, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(javaHome, "bin", "java").toString());
        cmd.add("-XX:+UseParallelGC");
        long heap = maxHeapBytes > 0 ? Math.min(maxHeapBytes, MAX_WORKER_HEAP) : MAX_WORKER_HEAP;
        cmd.add("-Xmx" + Math.max(1, heap >> 20) + "m");
        cmd.add("-D" + WORKER_PROPERTY + "=true");
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs {@code args} in the child and returns its exit code, or empty when the child could not be
     * started (the caller then runs in this JVM).
     */
    static Optional<Integer> run(Path jar, List<String> args, PrintWriter err) {
        List<String> cmd = command(System.getProperty("java.home"), Runtime.getRuntime().maxMemory(), jar, args);
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return Optional.of(p.waitFor());
        } catch (IOException e) {
            err.println("mptcp-lab: could not start the batch worker JVM (" + e.getMessage()
                    + "); running in this JVM instead");
            err.flush();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(ExitCodes.INTERNAL);
        }
    }

    private static boolean usesG1() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc.getName().startsWith("G1")) {
                return true;
            }
        }
        return false;
    }
}
