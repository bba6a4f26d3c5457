package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gui --compare A B}: checked on the command line, passed to the GUI launcher. */
class GuiCompareOptionTest {
    @TempDir
    Path logs;

    @Test
    void twoBuiltInScenariosReachTheLauncher() {
        CliHarness harness = new CliHarness(logs);

        CliHarness.Result result = harness.run("gui", "--compare", "anycast-tcp", "anycast-mptcp-fixed");

        assertThat(result.exitCode()).isZero();
        assertThat(harness.launches).containsExactly(new GuiOptions(null, "light", null, false,
                List.of("anycast-tcp", "anycast-mptcp-fixed")));
    }

    @Test
    void aBatchExperimentCannotBeCompared() {
        CliHarness harness = new CliHarness(logs);

        CliHarness.Result result = harness.run("gui", "--compare", "paper-l4lb", "l4lb-tcp");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errLines()).singleElement().asString().contains("cannot compare 'paper-l4lb'");
        assertThat(harness.launches).isEmpty();
    }

    @Test
    void withoutCompareTheOptionsCarryNoPair() {
        CliHarness harness = new CliHarness(logs);

        harness.run("gui", "l4lb-tcp");

        assertThat(harness.launches).singleElement().satisfies(o -> assertThat(o.compare()).isEmpty());
    }
}
