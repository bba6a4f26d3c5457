package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.AppInfo;

class CliTest {

    @TempDir
    Path logs;

    @Test
    void versionPrintsTheBuildVersionFromTheFilteredResource() {
        CliHarness.Result result = new CliHarness(logs).run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(AppInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(result.outLines().get(0)).isEqualTo("mptcp-lab " + AppInfo.version());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void helpListsEverySubcommandAndTheExitCodes() {
        CliHarness.Result result = new CliHarness(logs).run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: mptcp-lab").contains("gui").contains("scenarios").contains("help")
                .contains("Exit codes:").contains("70");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void helpSubcommandShowsTheSubcommandsUsage() {
        CliHarness.Result result = new CliHarness(logs).run("help", "gui");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: mptcp-lab gui").contains("SCENARIO").contains("--theme");
    }

    @Test
    void subcommandsSeeTheInjectedContextNotTheConsole() {
        CliHarness.Result result = new CliHarness(logs).run("scenarios", "--version");

        assertThat(result.out()).startsWith("mptcp-lab " + AppInfo.version());
    }
}
