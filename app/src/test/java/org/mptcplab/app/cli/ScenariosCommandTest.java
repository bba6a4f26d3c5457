package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosCommandTest {

    @TempDir
    Path logs;

    @Test
    void listsAllElevenBuiltInIdsOnePerLineIdFirst() {
        CliHarness.Result result = new CliHarness(logs).run("scenarios");

        assertThat(result.exitCode()).isZero();
        List<String> ids = result.outLines().stream().map(line -> line.split("\\s+", 2)[0]).toList();
        assertThat(ids).containsExactly("l4lb-tcp", "l4lb-mptcp-plain", "l4lb-mptcp-fixed", "l4lb-mptcp-offpath",
                "l4lb-mptcp-lossy-addaddr", "l4lb-mptcp-stateful", "l4lb-mptcp-beamer", "anycast-tcp",
                "anycast-mptcp-fixed", "paper-l4lb", "paper-anycast");
    }

    @Test
    void showsTitlesWithoutTheNotYetMarkOnceEveryScenarioRuns() {
        CliHarness.Result result = new CliHarness(logs).run("scenarios");

        assertThat(result.out()).contains("TCP over anycast with ECMP");
        assertThat(result.outLines()).hasSize(11)
                .noneSatisfy(line -> assertThat(line).endsWith("(not yet runnable)"));
    }

    @Test
    void alignsTitlesInOneColumn() {
        CliHarness.Result result = new CliHarness(logs).run("scenarios");

        List<Integer> titleColumns = result.outLines().stream()
                .map(line -> line.indexOf(line.split("\\s+", 2)[1])).distinct().toList();
        assertThat(titleColumns).hasSize(1);
    }

    @Test
    void worksWithoutADisplay() {
        CliHarness harness = new CliHarness(logs).withoutDisplay();

        assertThat(harness.run("scenarios").exitCode()).isZero();
        assertThat(harness.launches).isEmpty();
    }
}
