package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonCommandTest {

    /** A valid one-step lesson; each broken case replaces one piece of it. */
    static final String VALID = """
            {
              "schemaVersion": 1,
              "id": "cli",
              "title": "CLI lesson",
              "goals": ["Check the checker"],
              "steps": [
                {
                  "scenario": "l4lb-mptcp-plain",
                  "at": { "runTo": { "kind": "MP_JOIN", "nth": 1 } },
                  "narration": "The client opens a **second** subflow.",
                  "highlight": { "nodes": ["client"], "packet": "current", "fields": ["mptcp.token"] },
                  "question": { "type": "choice", "prompt": "Where?", "choices": ["s1", "s2", "s3"],
                                "answer": "backendOfNextJoin",
                                "feedback": { "correct": "Yes, {answer}.", "wrong": "No, {answer}." } }
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void listPrintsTheNineBundledLessonsIdFirst() {
        CliHarness.Result result = new CliHarness(dir).run("lesson", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(9);
        assertThat(result.outLines().get(0)).startsWith("tcp-behind-l4lb ").contains("Direct Server Return");
        assertThat(result.outLines().stream().map(l -> l.split("\\s+", 2)[0]))
                .contains("join-breaks-behind-lb", "the-fix", "anycast-ecmp-churn");
    }

    @Test
    void checkWithoutArgumentChecksTheBundledLessons() {
        CliHarness.Result result = new CliHarness(dir).run("lesson", "check");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("9 bundled lessons: no problems");
    }

    @Test
    void aValidFileChecksClean() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.json"), VALID);

        CliHarness.Result result = new CliHarness(dir).run("lesson", "check", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing comma      | "goals": ["Check the checker"],      | "goals": ["Check the checker",],     | invalid JSON
            unclosed string     | "goals": ["Check the checker"],      | "goals": ["Check                     | string is not closed
            schema version      | "schemaVersion": 1                   | "schemaVersion": 3                   | unsupported schemaVersion 3
            unknown scenario    | "l4lb-mptcp-plain"                   | "l4lb-mptcp-nope"                    | unknown built-in scenario
            misspelt field      | "narration":                         | "narative":                          | did you mean "narration"
            literal answer      | "backendOfNextJoin"                  | "s1"                                 | unknown value "s1"
            missing point       | "nth": 1                             | "nth": 5                             | the 5th MP_JOIN never happens
            answer not a choice | ["s1", "s2", "s3"]                   | ["s2", "s3"]                         | is not among the choices
            html in narration   | a **second** subflow                 | a <b>second</b> subflow              | HTML is not allowed
            non-http link       | a **second** subflow                 | a [link](ftp://x/y) subflow          | links must be http(s)
            unknown node        | ["client"]                           | ["server9"]                          | no node "server9"
            bad event kind      | "MP_JOIN"                            | "SYNACK"                             | unknown event kind
            """)
    void brokenFileGivesOneLineWithFileLineColumnAndExitTwo(String name, String from, String to, String fragment)
            throws Exception {
        assertThat(VALID).contains(from);
        Path file = Files.writeString(dir.resolve(name.replace(' ', '-') + ".json"), VALID.replace(from, to));

        CliHarness.Result result = new CliHarness(dir).run("lesson", "check", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).singleElement().satisfies(line -> {
            assertThat(line).startsWith(file + ":").contains(fragment).doesNotContain("Exception");
            assertThat(line.substring(file.toString().length())).matches(":\\d+:\\d+: .*");
        });
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aDirectoryIsCheckedFileByFile() throws Exception {
        Files.writeString(dir.resolve("a.json"), VALID);
        Files.writeString(dir.resolve("b.json"), VALID.replace("\"nth\": 1", "\"nth\": 4"));
        Files.writeString(dir.resolve("c.json"), VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 0"));
        Files.writeString(dir.resolve("notes.txt"), "not a lesson");

        CliHarness.Result result = new CliHarness(dir).run("lesson", "check", dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        List<String> lines = result.errLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith(dir.resolve("b.json") + ":");
        assertThat(lines.get(1)).startsWith(dir.resolve("c.json") + ":");
    }

    @Test
    void aMissingPathIsAUsageError() {
        CliHarness.Result result = new CliHarness(dir).run("lesson", "check", dir.resolve("nope.json").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).singleElement().asString().contains("no such file or directory");
    }
}
