package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorReportingTest {

    @TempDir
    Path logs;

    @Test
    void unknownOptionIsOneLineOnStderrWithExitTwo() {
        CliHarness.Result result = new CliHarness(logs).run("--frobnicate");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).containsExactly(
                "mptcp-lab: unknown option: '--frobnicate'. See 'mptcp-lab --help'.");
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--frobnicate", "scenarioz", "gui l4lb-tcp extra", "scenarios --bad", "gui --theme"})
    void userMistakesNeverShowAStackTrace(String line) {
        CliHarness.Result result = new CliHarness(logs).run(line.split(" "));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at picocli.");
    }

    @Test
    void misspelledSubcommandSuggestsTheClosestOne() {
        CliHarness.Result result = new CliHarness(logs).run("scenarioz");

        assertThat(result.errLines()).singleElement().asString()
                .startsWith("mptcp-lab: ").contains("'scenarioz'").contains("Did you mean: scenarios");
    }

    @Test
    void mistakeInASubcommandPointsToThatSubcommandsHelp() {
        CliHarness.Result result = new CliHarness(logs).run("scenarios", "--bad");

        assertThat(result.errLines()).singleElement().asString().endsWith("See 'mptcp-lab scenarios --help'.");
    }

    @Test
    void internalErrorPrintsOneLineAndWritesTheTraceToALog() throws IOException {
        CliHarness harness = new CliHarness(logs).withGui(options -> {
            throw new IllegalStateException("scene graph exploded");
        });

        CliHarness.Result result = harness.run("gui");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("mptcp-lab: internal error: IllegalStateException: scene graph exploded (details written to ")
                .doesNotContain("\tat ");
        Matcher path = Pattern.compile("details written to (.+)\\)$").matcher(result.err().strip());
        assertThat(path.find()).isTrue();
        Path log = Path.of(path.group(1));
        assertThat(log.getParent()).isEqualTo(logs);
        assertThat(Files.readString(log)).contains("IllegalStateException: scene graph exploded")
                .contains("at org.mptcplab.app.cli");
    }

    @Test
    void aLogThatCannotBeWrittenIsSaidSoOnTheSameLine() throws IOException {
        Path notADirectory = Files.writeString(logs.resolve("file"), "x");
        CliHarness harness = new CliHarness(notADirectory).withGui(options -> {
            throw new IllegalStateException("boom");
        });

        CliHarness.Result result = harness.run("gui");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(result.errLines()).singleElement().asString().contains("boom").contains("could not write a log");
    }

    @Test
    void userErrorsThrownByCommandsKeepTheirExitCode() {
        CliHarness harness = new CliHarness(logs).withGui(options -> {
            throw new UserError("scenario file is not readable", 4);
        });

        CliHarness.Result result = harness.run("gui");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.errLines()).containsExactly("mptcp-lab: scenario file is not readable");
    }
}
