package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputJvmTest {

    @Test
    void theWorkerUsesTheSameJavaAndJarWithTheParallelCollectorAndACappedHeap() {
        List<String> cmd = ThroughputJvm.command("/opt/jdk", 2L << 30, Path.of("/x/mptcp-lab.jar"),
                List.of("reproduce", "anycast"));

        assertThat(cmd).containsExactly(Path.of("/opt/jdk", "bin", "java").toString(), "-XX:+UseParallelGC",
                "-Xmx768m", "-D" + ThroughputJvm.WORKER_PROPERTY + "=true", "-jar", "/x/mptcp-lab.jar",
                "reproduce", "anycast");
        assertThat(ThroughputJvm.command("/opt/jdk", 256L << 20, Path.of("a.jar"), List.of())).contains("-Xmx256m");
    }

    @Test
    void testsRunFromClassFoldersSoNothingIsRelaunched() {
        // Surefire runs the app from target/classes, not from a jar: the command must stay in-process.
        assertThat(ThroughputJvm.jarToRelaunch()).isEmpty();
    }

    @Test
    void theWorkerGetsTheValidatedArgumentsAndNeverRelaunchesAgain() {
        ReproduceCommand command = new ReproduceCommand(null);
        picocli.CommandLine line = new picocli.CommandLine(command);
        line.parseArgs("anycast", "--quick", "--seeds", "4", "--threads", "2", "--out", "results");

        assertThat(command.workerArgs()).containsExactly("reproduce", "anycast", "--out", "results",
                "--threads", "2", "--in-process", "--quick", "--seeds", "4");
    }
}
