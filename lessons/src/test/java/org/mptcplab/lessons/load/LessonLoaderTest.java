package org.mptcplab.lessons.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.PacketField;
import org.mptcplab.lessons.model.PointKind;
import org.mptcplab.lessons.model.Query;
import org.mptcplab.lessons.model.QuestionType;
import org.mptcplab.lessons.model.RunPoint;
import org.mptcplab.lessons.model.Step;

class LessonLoaderTest {

    static final String MINIMAL = """
            {
              "schemaVersion": 1,
              "id": "mini",
              "title": "Minimal",
              "goals": ["One goal"],
              "steps": [
                {
                  "scenario": "l4lb-mptcp-plain",
                  "variant": { "joinSourcePort": 40001, "cFlag": true, "hashFunction": "jenkins", "seed": 7 },
                  "at": { "time": "1.5ms" },
                  "narration": "Text.",
                  "highlight": { "nodes": ["lb"], "packet": "current", "fields": ["hash.value"] },
                  "question": { "type": "value", "prompt": "Count?", "answer": "rstCount",
                                "feedback": { "correct": "Yes {answer}", "wrong": "No, {answer}" } }
                }
              ]
            }
            """;

    @Test
    void readsEveryPartOfAStep() throws Exception {
        Lesson lesson = LessonLoader.parse("mini.json", MINIMAL);

        Step step = lesson.steps().get(0);
        assertThat(step.at()).isEqualTo(new RunPoint.AtTime(1_500_000L, "1.5ms"));
        assertThat(step.variant().joinSourcePort()).hasValue(40001);
        assertThat(step.variant().seed()).hasValue(7L);
        assertThat(step.variant().cFlag()).isTrue();
        assertThat(step.variant().hashFunction()).isEqualTo("jenkins");
        assertThat(step.highlight().fields()).containsExactly(PacketField.HASH_VALUE);
        assertThat(step.question().type()).isEqualTo(QuestionType.VALUE);
        assertThat(step.question().answer()).isEqualTo(Query.RST_COUNT);
        assertThat(step.question().feedback().render(false, "3")).isEqualTo("No, 3");
    }

    @Test
    void remembersWhereEachFieldIsForLaterMessages() throws Exception {
        Lesson lesson = LessonLoader.parse("mini.json", MINIMAL);

        assertThat(lesson.sources().at("steps[0].question.answer").line()).isEqualTo(13);
        assertThat(lesson.sources().at("steps[0].highlight.fields[0]").line()).isEqualTo(12);
        assertThat(lesson.sources().at("steps[0].no.such.path").line()).isEqualTo(7);
    }

    @Test
    void runToDefaultsToTheFirstEvent() throws Exception {
        Lesson lesson = LessonLoader.parse("x.json", MINIMAL.replace("{ \"time\": \"1.5ms\" }",
                "{ \"runTo\": { \"kind\": \"RST\" } }"));

        assertThat(lesson.steps().get(0).at()).isEqualTo(new RunPoint.NthEvent(PointKind.RST, 1));
    }

    @Test
    void refusesFilesOverTheSizeLimitBeforeParsing() {
        byte[] huge = new byte[LessonLimits.MAX_BYTES + 1];

        assertThatThrownBy(() -> LessonLoader.parse("big.json", huge)).isInstanceOf(LessonLoadException.class)
                .hasMessage("big.json:1:1: file is larger than 256 KiB");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 = "{\"title\": \"Duch\u00eane\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> LessonLoader.parse("l1.json", latin1)).hasMessage("l1.json:1:1: not UTF-8 text");
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(40) + "]".repeat(40);

        assertThatThrownBy(() -> LessonLoader.parse("deep.json", deep)).hasMessageContaining("nested more than 16");
    }

    @Test
    void refusesDuplicateKeys() {
        String dup = MINIMAL.replace("\"title\": \"Minimal\",", "\"title\": \"Minimal\", \"title\": \"Again\",");

        assertThatThrownBy(() -> LessonLoader.parse("dup.json", dup)).hasMessageContaining("duplicate field \"title\"");
    }

    @Test
    void anExerciseMayNotCarryALiteralAnswer() {
        String ex = MINIMAL.replace("\"type\": \"value\"", "\"type\": \"exercise\"");

        assertThatThrownBy(() -> LessonLoader.parse("ex.json", ex)).isInstanceOf(LessonLoadException.class)
                .hasMessageContaining("steps[0].question.answer: an exercise is checked by re-running the engine");
    }

    @Test
    void assetPathsResolveOnlyInsideTheLessonFolder() {
        Path folder = Path.of("lessons", "mine");

        assertThat(AssetPaths.resolve(folder, "img/step1.png").endsWith(Path.of("mine", "img", "step1.png"))).isTrue();
        assertThatThrownBy(() -> AssetPaths.resolve(folder, "../other/x.png"))
                .hasMessageContaining("leaves the lesson folder");
    }

    @Test
    void bundledIdsMatchTheirFiles() throws Exception {
        for (String id : LessonLoader.BUNDLED) {
            assertThat(LessonLoader.bundled(id).id()).isEqualTo(id);
        }
    }
}
