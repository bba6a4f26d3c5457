package org.mptcplab.lessons.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.model.Position;
import org.mptcplab.lessons.scenario.LocatedProblem;
import org.mptcplab.lessons.scenario.ScenarioLoadException;

/** The one-line located message both loaders' errors share. */
class LocatedProblemTest {

    @Test
    void aFieldProblemNamesFileLineColumnPathAndProblem() {
        assertThat(LocatedProblem.format("a.json", 3, 7, "links[2].b", "unknown node 'x'"))
                .isEqualTo("a.json:3:7: links[2].b: unknown node 'x'");
    }

    @Test
    void aProblemWithoutAFieldLeavesThePathOut() {
        assertThat(LocatedProblem.format("a.json", 1, 1, "", "truncated JSON")).isEqualTo("a.json:1:1: truncated JSON");
    }

    @Test
    void controlCharactersAndLineSeparatorsAreShownEscapedOnOneLine() {
        assertThat(LocatedProblem.oneLine("a\nb\u001b[31m\u2028c\td"))
                .isEqualTo("a\\u000ab\\u001b[31m\\u2028c\\u0009d");
    }

    @Test
    void scenarioAndLessonErrorsAtTheSamePlaceReadAlike() {
        ScenarioLoadException scenario = new ScenarioLoadException("f.json", 2, 5, "id\n", "bad\r");
        LessonLoadException lesson = new LessonLoadException("f.json", new Position(2, 5), "id\n", "bad\r");

        assertThat(scenario.getMessage()).isEqualTo(lesson.getMessage()).isEqualTo("f.json:2:5: id\\u000a: bad\\u000d");
        assertThat(scenario.path()).isEqualTo(lesson.path()).isEqualTo("id\\u000a");
        assertThat(scenario.problem()).isEqualTo(lesson.problem()).isEqualTo("bad\\u000d");
    }
}
