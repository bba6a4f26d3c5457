package org.mptcplab.lessons.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.Step;
import org.mptcplab.lessons.model.Variant;

/** The computed answers come from the run: change the scenario and they change with it. */
class AnswersFollowTheScenarioTest {

    static Step step(String lesson, int index) throws Exception {
        Lesson l = LessonLoader.bundled(lesson);
        return l.steps().get(index);
    }

    static Step withVariant(Step s, Variant v) {
        return new Step(s.scenario(), v, s.at(), s.narration(), s.highlight(), s.question(), s.image());
    }

    @Test
    void aDifferentJoinSourcePortSendsTheJoinToADifferentBackend() throws Exception {
        Step whereDoesTheJoinGo = step("join-breaks-behind-lb", 1);
        Set<String> backends = new LinkedHashSet<>();

        for (int port = 40000; port < 40006; port++) {
            Step variant = withVariant(whereDoesTheJoinGo, Variant.NONE.withJoinSourcePort(port));
            StepState state = LessonPlayer.play(variant, 1);
            String answer = state.answer().orElseThrow();
            assertThat(answer).isEqualTo(EngineOracle.answer(state.scenario(), state.time(),
                    whereDoesTheJoinGo.question().answer()));
            backends.add(answer);
        }

        assertThat(backends).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anotherSeedGivesAnotherTokenAndIdsn() throws Exception {
        Step token = step("mptcp-handshake", 2);
        Step idsn = step("mptcp-handshake", 1);

        String token1 = LessonPlayer.play(token, 2).answer().orElseThrow();
        String token2 = LessonPlayer.play(withVariant(token, Variant.NONE.withSeed(12345)), 2).answer().orElseThrow();
        String idsn2 = LessonPlayer.play(withVariant(idsn, Variant.NONE.withSeed(12345)), 1).answer().orElseThrow();

        assertThat(token2).isNotEqualTo(token1).matches("[0-9a-f]{8}");
        assertThat(idsn2).isNotEqualTo(LessonPlayer.play(idsn, 1).answer().orElseThrow()).matches("[0-9a-f]{16}");
    }

    @Test
    void clearingFlagCOnTheServersChangesTheAnswer() throws Exception {
        Step isCSet = step("the-fix", 0);
        Variant noC = new Variant(Variant.NONE.seed(), Variant.NONE.sourcePort(), Variant.NONE.joinSourcePort(), false,
                null);

        assertThat(LessonPlayer.play(isCSet, 0).answer()).contains("yes");
        assertThat(LessonPlayer.play(withVariant(isCSet, noC), 0).answer()).contains("no");
    }

    @Test
    void anotherHashFunctionChangesTheHashOfTheJoin() throws Exception {
        Step join = step("join-breaks-behind-lb", 2);
        Step hashQuestion = new Step(join.scenario(), join.variant(), join.at(), join.narration(), join.highlight(),
                new org.mptcplab.lessons.model.Question(org.mptcplab.lessons.model.QuestionType.VALUE, "Hash?",
                        java.util.List.of(), org.mptcplab.lessons.model.Query.HASH_OF_JOIN, null,
                        join.question().feedback()), null);
        Variant jenkins = new Variant(Variant.NONE.seed(), Variant.NONE.sourcePort(), Variant.NONE.joinSourcePort(),
                null, "jenkins");

        StepState crc = LessonPlayer.play(hashQuestion, 2);
        StepState other = LessonPlayer.play(withVariant(hashQuestion, jenkins), 2);

        assertThat(crc.answer()).isPresent();
        assertThat(other.answer()).isPresent().isNotEqualTo(crc.answer());
        assertThat(other.answer().get()).isEqualTo(EngineOracle.answer(other.scenario(), other.time(),
                org.mptcplab.lessons.model.Query.HASH_OF_JOIN));
    }

    @Test
    void rightAndWrongAnswersAreToldApartIgnoringCaseAndBlanks() throws Exception {
        StepState state = LessonPlayer.play(step("join-breaks-behind-lb", 1), 1);
        String right = state.answer().orElseThrow();
        String wrong = right.equals("s3") ? "s2" : "s3";

        assertThat(LessonPlayer.isCorrect(state, " " + right.toUpperCase(java.util.Locale.ROOT) + " ")).isTrue();
        assertThat(LessonPlayer.isCorrect(state, wrong)).isFalse();
    }
}
