package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.export.ExportMetadata;
import org.mptcplab.app.export.ExportRuns;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Watchdog;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import picocli.CommandLine;

/** {@code export} of a run the watchdog stops: the figure of the part before, one warning line, exit 0. */
class ExportStopWarningTest {
    private static final Watchdog TINY = Watchdog.withBudget(400);
    private static final String TAIL = "; the figure shows the part before";
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int export(String... args) {
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), Optional::empty,
                options -> { }, dir);
        return new CommandLine(new ExportCommand(context, TINY)).execute(args);
    }

    @Test
    void aStoppedRunIsExportedUpToTheStopWithOneWarningLine() throws Exception {
        Path svg = dir.resolve("stopped.svg");

        int code = export("l4lb-mptcp-plain", "--view", "sequence", "--out", svg.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> warnings = err.toString().lines().toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("warning: the run stopped at t = ")
                .contains("event budget of 400 events").endsWith(TAIL);
        assertThat(out.toString().lines()).containsExactly(svg.toString());
        Scenario plain = ScenarioLoader.builtIn("l4lb-mptcp-plain");
        RecordedRun run = ExportRuns.record(plain, plain.seed(), TINY);
        // The default step is the last one recorded before the stop.
        assertThat(ExportMetadata.read(svg).orElseThrow().step()).isEqualTo(run.events().size() - 1);
        assertThat(Files.size(svg)).isPositive();
    }

    @Test
    void aCompareFigureWarnsOncePerStoppedSideNamingIt() {
        Path svg = dir.resolve("cmp.svg");

        int code = export("l4lb-mptcp-plain", "--view", "compare", "--out", svg.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString().lines().toList()).satisfiesExactly(
                l -> assertThat(l).startsWith("warning: the run of l4lb-mptcp-plain stopped at t = ").endsWith(TAIL),
                l -> assertThat(l).startsWith("warning: the run of l4lb-mptcp-fixed stopped at t = ").endsWith(TAIL));
        assertThat(svg).exists();
    }
}
