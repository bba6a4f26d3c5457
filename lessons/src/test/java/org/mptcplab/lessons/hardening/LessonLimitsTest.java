package org.mptcplab.lessons.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mptcplab.lessons.load.LessonLimits;
import org.mptcplab.lessons.load.LessonLoadException;

/** Each bound of {@link LessonLimits}: a lesson at the bound loads, one just past it is refused with a located line. */
class LessonLimitsTest {

    @Test
    void theTemplateLessonLoads() throws LessonLoadException {
        assertThat(new LessonTemplate().load().steps()).hasSize(1);
    }

    @Test
    void aFileOfExactlyMaxBytesLoadsAndOneByteMoreIsRefused() throws LessonLoadException {
        int size = new LessonTemplate().bytes().length;
        LessonTemplate atLimit = new LessonTemplate().padding(LessonLimits.MAX_BYTES - size);

        assertThat(atLimit.bytes()).hasSize(LessonLimits.MAX_BYTES);
        assertThat(atLimit.load().id()).isEqualTo("limits");
        assertThatThrownBy(() -> new LessonTemplate().padding(LessonLimits.MAX_BYTES - size + 1).load())
                .isInstanceOf(LessonLoadException.class).hasMessage("limits.json:1:1: file is larger than 256 KiB");
    }

    @Test
    void nestingBeyondMaxDepthIsRefusedWhereItHappens() {
        // The lesson object is level 1, so goals nested MAX_DEPTH - 1 deep reach the bound exactly; the
        // value of "goals" starts in column 66, so the bracket that goes too deep is in column 65 + MAX_DEPTH.
        assertThatThrownBy(() -> new LessonTemplate().goalsNested(LessonLimits.MAX_DEPTH - 1).load())
                .isInstanceOf(LessonLoadException.class).hasMessageContaining("goals[0]: expected a non-blank string");
        assertThatThrownBy(() -> new LessonTemplate().goalsNested(LessonLimits.MAX_DEPTH).load())
                .isInstanceOf(LessonLoadException.class)
                .hasMessage("limits.json:1:" + (65 + LessonLimits.MAX_DEPTH) + ": nested more than 16 levels deep");
    }

    @Test
    void maxStepsLoadAndOneMoreIsRefused() throws LessonLoadException {
        assertThat(new LessonTemplate().steps(LessonLimits.MAX_STEPS).load().steps()).hasSize(LessonLimits.MAX_STEPS);
        assertThatThrownBy(() -> new LessonTemplate().steps(LessonLimits.MAX_STEPS + 1).load())
                .hasMessage("limits.json:2:11: steps: has 61 items, at most 60 are allowed");
    }

    @Test
    void maxItemsInAListLoadAndOneMoreIsRefused() throws LessonLoadException {
        assertThat(new LessonTemplate().goals(LessonLimits.MAX_ITEMS).load().goals()).hasSize(LessonLimits.MAX_ITEMS);
        assertThatThrownBy(() -> new LessonTemplate().goals(LessonLimits.MAX_ITEMS + 1).load())
                .hasMessage("limits.json:1:66: goals: has 13 items, at most 12 are allowed");
    }

    @Test
    void aTitleOfMaxLineCharactersLoadsAndOneMoreIsRefused() throws LessonLoadException {
        String longest = "t".repeat(LessonLimits.MAX_LINE);

        assertThat(new LessonTemplate().title(longest).load().title()).isEqualTo(longest);
        assertThatThrownBy(() -> new LessonTemplate().title(longest + "t").load())
                .hasMessage("limits.json:1:47: title: is longer than 300 characters");
    }

    @Test
    void narrationOfMaxNarrationCharactersLoadsAndOneMoreIsRefused() throws LessonLoadException {
        String longest = "n".repeat(LessonLimits.MAX_NARRATION);

        assertThat(new LessonTemplate().narration(longest).load().steps()).hasSize(1);
        assertThatThrownBy(() -> new LessonTemplate().narration(longest + "n").load())
                .hasMessageEndingWith("steps[0].narration: is longer than 4000 characters");
    }

    @Test
    void runToNthUpToMaxNthLoadsAndOneMoreIsRefused() throws LessonLoadException {
        String at = "{\"runTo\": {\"kind\": \"SYN\", \"nth\": %d}}";

        assertThat(new LessonTemplate().at(at.formatted(LessonLimits.MAX_NTH)).load().steps()).hasSize(1);
        assertThatThrownBy(() -> new LessonTemplate().at(at.formatted(LessonLimits.MAX_NTH + 1)).load())
                .hasMessageEndingWith("steps[0].at.runTo.nth: must be in 1..1000, got 1001");
    }

    @Test
    void aTimeOfOneSimulatedMinuteLoadsAndOneNanosecondMoreIsRefused() throws LessonLoadException {
        assertThat(LessonLimits.MAX_TIME_NANOS).isEqualTo(60_000_000_000L);
        assertThat(new LessonTemplate().at("{\"time\": \"60s\"}").load().steps()).hasSize(1);
        assertThatThrownBy(() -> new LessonTemplate().at("{\"time\": \"60.000000001s\"}").load())
                .hasMessageEndingWith("steps[0].at.time: must be at most 60s");
    }
}
