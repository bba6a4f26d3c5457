package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gui --compare A B} and {@code gui --lesson ID [--presenter]}: checked on the command line, then
 * passed to the GUI launcher; a refused option is one error line and nothing opens.
 */
class GuiOptionTest {
    @TempDir
    Path logs;

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(List.of("gui", "--compare", "anycast-tcp", "anycast-mptcp-fixed"),
                        new GuiOptions(null, "light", null, false, List.of("anycast-tcp", "anycast-mptcp-fixed"))),
                Arguments.of(List.of("gui", "--lesson", "join-breaks-behind-lb", "--presenter"),
                        new GuiOptions(null, "light", "join-breaks-behind-lb", true)));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(List.of("gui", "--compare", "paper-l4lb", "l4lb-tcp"), "cannot compare 'paper-l4lb'"),
                Arguments.of(List.of("gui", "--lesson", "no-such-lesson"), "unknown lesson 'no-such-lesson'"),
                Arguments.of(List.of("gui", "--presenter"), "--presenter needs --lesson"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void aValidOptionReachesTheLauncher(List<String> args, GuiOptions expected) {
        CliHarness harness = new CliHarness(logs);

        CliHarness.Result result = harness.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).isZero();
        assertThat(harness.launches).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRefusedOptionIsOneUserErrorAndNothingOpens(List<String> args, String message) {
        CliHarness harness = new CliHarness(logs);

        CliHarness.Result result = harness.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errLines()).singleElement().asString().contains(message);
        assertThat(harness.launches).isEmpty();
    }

    @Test
    void withoutCompareTheOptionsCarryNoPair() {
        CliHarness harness = new CliHarness(logs);

        harness.run("gui", "l4lb-tcp");

        assertThat(harness.launches).singleElement().satisfies(o -> assertThat(o.compare()).isEmpty());
    }
}
