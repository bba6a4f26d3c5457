package org.mptcplab.lessons.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrokenLessonsTest {

    static Path resource(String name) {
        try {
            return Path.of(BrokenLessonsTest.class.getResource("/org/mptcplab/lessons/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax-error            | 7 |                                | invalid JSON
            schema-version-2        | 2 | schemaVersion                  | unsupported schemaVersion 2
            unknown-scenario        | 10| steps[0].scenario              | did you mean "l4lb-mptcp-plain"
            unknown-field           | 40| steps[0].naration              | did you mean "narration"
            literal-answer          | 35| steps[0].question.answer       | never a literal
            point-never-reached     | 11| steps[0].at                    | the 2nd MP_JOIN never happens
            answer-not-computable   | 35| steps[0].question.answer       | cannot be computed at the 1st SYN
            answer-not-in-choices   | 30| steps[0].question.choices      | "s1" is not among the choices
            heading-in-narration    | 17| steps[0].narration             | headings are not part
            javascript-link         | 17| steps[0].narration             | links must be http(s)
            asset-outside-folder    | 41| steps[0].image                 | relative path inside the lesson's folder
            bad-time                | 12| steps[0].at.time               | expected a duration
            unknown-highlight-node  | 21| steps[0].highlight.nodes[1]    | no node "s9"
            field-not-in-packet     | 24| steps[0].highlight.fields[0]   | has no field mptcp.token
            too-many-choices        | 30| steps[0].question.choices      | at most 12
            exercise-unknown-target | 31| steps[0].question.target       | no host "s7"
            join-port-on-plain-tcp  | 39| steps[0].variant               | needs protocol mptcp
            unknown-event-kind      | 13| steps[0].at.runTo.kind         | did you mean "MP_JOIN"
            """)
    void brokenFileGivesOneLocatedMessage(String name, int line, String path, String fragment) throws Exception {
        Path file = resource("broken/" + name + ".json");

        List<LessonProblem> problems = LessonChecker.checkPath(file);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains(fragment);
            assertThat(p.path()).isEqualTo(path == null ? "" : path);
            assertThat(p.at().line()).isEqualTo(line);
            assertThat(p.toString()).startsWith(file + ":" + line + ":" + p.at().column() + ": ")
                    .doesNotContain("\n").doesNotContain("Exception");
        });
    }

    @Test
    void directoryCheckReportsEveryBrokenFileOnceInNameOrder() throws Exception {
        List<LessonProblem> problems = LessonChecker.checkPath(resource("broken"));

        assertThat(problems).hasSize(18);
        assertThat(problems.stream().map(LessonProblem::file).toList()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theValidTemplateOfTheBrokenFilesHasNoProblem() throws Exception {
        assertThat(LessonChecker.checkPath(resource("valid-lesson.json"))).isEmpty();
    }
}
