package org.mptcplab.lessons.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;

/**
 * Jazzer fuzz target of the lesson loader: any bytes give a {@link Lesson} or one
 * {@link LessonLoadException} with a real location and a one-line message, and nothing else.
 *
 * <p>Without {@code JAZZER_FUZZ} the seeds in {@code LessonLoaderFuzzTestInputs/<method>/} (bundled
 * lessons and every crash found so far) replay as a regression test in each build.
 */
class LessonLoaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void lessonLoadsOrIsRefusedWithOneLocatedLine(byte[] file) {
        try {
            Lesson lesson = LessonLoader.parse("fuzz.json", file);
            assertThat(lesson.steps()).isNotEmpty();
        } catch (LessonLoadException refused) {
            assertThat(refused.at().line()).isPositive();
            assertThat(refused.at().column()).isPositive();
            assertThat(refused.getMessage())
                    .startsWith("fuzz.json:" + refused.at().line() + ":" + refused.at().column() + ": ")
                    .doesNotContain("\n", "\r");
        }
    }
}
