package org.mptcplab.lessons.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.QuestionType;
import org.mptcplab.lessons.model.Step;

class BundledLessonsTest {

    static Stream<String> ids() {
        return LessonLoader.BUNDLED.stream();
    }

    @Test
    void atLeastNineLessonsCoverTheCatalogueFromPlainTcpToAnycast() throws Exception {
        List<Lesson> lessons = LessonLoader.bundled();

        assertThat(lessons).hasSizeGreaterThanOrEqualTo(9);
        assertThat(lessons.stream().flatMap(l -> l.steps().stream()).map(Step::scenario).distinct())
                .contains("l4lb-tcp", "l4lb-mptcp-plain", "l4lb-mptcp-fixed", "l4lb-mptcp-offpath",
                        "l4lb-mptcp-lossy-addaddr", "l4lb-mptcp-stateful", "l4lb-mptcp-beamer", "anycast-tcp",
                        "anycast-mptcp-fixed");
        assertThat(lessons.stream().map(Lesson::id)).containsExactlyElementsOf(LessonLoader.BUNDLED);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void lessonPassesTheChecker(String id) throws Exception {
        assertThat(LessonChecker.check(LessonLoader.bundled(id))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyStepPlaysAndEveryQuestionHasAComputedAnswerThatMatchesTheEngine(String id) throws Exception {
        Lesson lesson = LessonLoader.bundled(id);
        List<StepState> states = LessonPlayer.play(lesson);

        assertThat(states).hasSameSizeAs(lesson.steps());
        for (StepState state : states) {
            Step step = lesson.steps().get(state.index());
            assertThat(state.nodes()).containsExactlyElementsOf(step.highlight().nodes());
            assertThat(state.fields().keySet()).containsExactlyElementsOf(step.highlight().fields());
            if (step.question() == null || step.question().type() == QuestionType.EXERCISE) {
                assertThat(state.answer()).isEmpty();
                continue;
            }
            String expected = EngineOracle.answer(state.scenario(), state.time(), step.question().answer());
            assertThat(state.answer()).as("%s step %d %s", id, state.index(), step.question().answer())
                    .contains(expected);
        }
    }

    @Test
    void playingIsDeterministic() throws Exception {
        Lesson lesson = LessonLoader.bundled("join-breaks-behind-lb");

        List<String> first = LessonPlayer.play(lesson).stream().map(s -> s.time() + s.answer().toString()).toList();
        List<String> second = LessonPlayer.play(lesson).stream().map(s -> s.time() + s.answer().toString()).toList();

        assertThat(second).isEqualTo(first);
    }
}
