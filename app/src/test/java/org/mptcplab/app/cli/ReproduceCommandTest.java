package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {

    @TempDir
    Path logs;

    @TempDir
    Path out;

    @Test
    void anUnknownExperimentIsAUsageErrorWithoutAStackTrace() {
        CliHarness.Result result = new CliHarness(logs).run("reproduce", "everything", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("unknown experiment 'everything'").doesNotContain("Exception");
    }

    @Test
    void quickL4lbPrintsPaperSimulatedAndRatioAndWritesItsFiles() throws Exception {
        CliHarness.Result result = new CliHarness(logs).run("reproduce", "l4lb", "--quick", "--seeds", "1",
                "--threads", "2", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("paper", "simulated", "ratio", "L4LB TCP transfer rate", "operating point");
        assertThat(result.err()).contains("l4lb: ");
        assertThat(out.resolve("summary.json")).exists();
        assertThat(out.resolve("l4lb_runs.csv")).exists();
        assertThat(out.resolve("l4lb_loss.svg")).exists();
        assertThat(Files.size(out.resolve("l4lb_loss.png"))).isPositive();
    }
}
