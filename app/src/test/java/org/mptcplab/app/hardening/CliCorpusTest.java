package org.mptcplab.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole malformed-input corpus through the real command line, in-process: every malformed scenario
 * given to {@code run} and every lesson given to {@code lesson check} exits 2 with one line naming
 * {@code file:line:col: field.path: message}; every bad argument list exits with its code and one line.
 * Nothing printed on stdout or stderr may look like a Java stack trace.
 */
class CliCorpusTest {
    /** The lessons module owns the file corpora; tests run in the app module's folder. */
    private static final Path LESSONS_TEST = Path.of("..", "lessons", "src", "test", "resources", "org", "mptcplab",
            "lessons");
    private static final Path SCENARIOS = LESSONS_TEST.resolve("hardening/scenarios");
    private static final Path OLDER_SCENARIOS = LESSONS_TEST.resolve("scenario/malformed");
    private static final Path LESSONS = LESSONS_TEST.resolve("hardening/lessons");

    @TempDir
    Path logs;

    static Stream<String[]> indexedScenarios() throws IOException {
        return index(SCENARIOS);
    }

    static Stream<Path> olderScenarios() throws IOException {
        try (Stream<Path> files = Files.list(OLDER_SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<String[]> indexedLessons() throws IOException {
        return index(LESSONS);
    }

    static List<CliArgsCorpus.Entry> badArguments() {
        return CliArgsCorpus.entries();
    }

    @ParameterizedTest(name = "run {0}")
    @MethodSource("indexedScenarios")
    void runOnAMalformedScenarioPrintsItsLocatedLineAndExitsTwo(String file, String line, String column, String path,
            String problem) {
        Path target = SCENARIOS.resolve(file);

        InProcessCli.Result result = InProcessCli.run(logs, "run", target.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("mptcp-lab: " + target + ":" + line + ":" + column + ": "
                + (path.isEmpty() ? "" : path + ": ") + problem);
        assertThat(result.out()).isEmpty();
        assertThat(result.both()).doesNotContain(InProcessCli.LEAKS.toArray(String[]::new));
    }

    @ParameterizedTest(name = "run {0}")
    @MethodSource("olderScenarios")
    void runOnTheEarlierMalformedCorpusAlsoGivesOneLocatedLine(Path target) {
        InProcessCli.Result result = InProcessCli.run(logs, "run", target.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .matches("mptcp-lab: " + java.util.regex.Pattern.quote(target.toString()) + ":\\d+:\\d+: .+");
        assertThat(result.both()).doesNotContain(InProcessCli.LEAKS.toArray(String[]::new));
    }

    @ParameterizedTest(name = "lesson check {0}")
    @MethodSource("indexedLessons")
    void lessonCheckOnAMalformedLessonPrintsItsLocatedLineAndExitsTwo(String file, String line, String column,
            String path, String problem) {
        Path target = LESSONS.resolve(file);

        InProcessCli.Result result = InProcessCli.run(logs, "lesson", "check", target.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(target + ":" + line + ":" + column + ": "
                + (path.isEmpty() ? "" : path + ": ") + problem);
        assertThat(result.both()).doesNotContain(InProcessCli.LEAKS.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void aBadCommandLineGivesOneLineAndItsExitCode(CliArgsCorpus.Entry entry) {
        InProcessCli.Result result = InProcessCli.run(logs, entry.args().toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(entry.exitCode());
        assertThat(result.errLines()).singleElement().asString().startsWith("mptcp-lab").contains(entry.fragment());
        assertThat(result.both()).doesNotContain(InProcessCli.LEAKS.toArray(String[]::new));
    }

    @Test
    void theCorporaAreAsLargeAsTheIssueAsks() throws IOException {
        long files = index(SCENARIOS).count() + olderScenarios().count() + index(LESSONS).count();

        assertThat(badArguments()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(files + badArguments().size()).isGreaterThanOrEqualTo(100);
    }

    private static Stream<String[]> index(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1));
    }
}
