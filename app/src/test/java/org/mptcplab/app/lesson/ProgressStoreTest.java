package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Progress files: round trip, atomic writes, and a fresh start for anything damaged. */
class ProgressStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedProgressReadsBackEqual() {
        ProgressStore store = new ProgressStore(dir.resolve("nested"));
        LessonProgress p = LessonProgress.fresh("the-fix").atStep(3)
                .withAnswer(1, new SavedAnswer("s2", AnswerState.WRONG, "It lands on **s1**."))
                .withAnswer(0, new SavedAnswer("", AnswerState.REVEALED, "`0x1234`"));

        assertThat(store.save(p)).isEmpty();
        ProgressRead read = store.load("the-fix", 5);

        assertThat(read.notice()).isEmpty();
        assertThat(read.progress()).isEqualTo(p);
        assertThat(read.progress().answers().keySet()).containsExactly(0, 1);
    }

    @Test
    void aSaveLeavesOnlyTheProgressFileBehind() throws Exception {
        ProgressStore store = new ProgressStore(dir);
        store.save(LessonProgress.fresh("a").atStep(1));
        store.save(LessonProgress.fresh("a").atStep(2));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("a.json");
        }
        assertThat(store.load("a", 3).progress().step()).isEqualTo(2);
    }

    @Test
    void noFileMeansAFreshStartWithoutANotice() {
        ProgressRead read = new ProgressStore(dir).load("beyond-dsr", 4);

        assertThat(read.progress()).isEqualTo(LessonProgress.fresh("beyond-dsr"));
        assertThat(read.notice()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "null",
            "{\"format\": 2, \"lesson\": \"l\", \"step\": 0, \"answers\": []}",
            "{\"format\": 1, \"lesson\": \"other\", \"step\": 0, \"answers\": []}",
            "{\"format\": 1, \"lesson\": \"l\", \"step\": 7, \"answers\": []}",
            "{\"format\": 1, \"lesson\": \"l\", \"step\": -1, \"answers\": []}",
            "{\"format\": 1, \"lesson\": \"l\", \"step\": \"1\", \"answers\": []}",
            "{\"format\": 1, \"lesson\": \"l\", \"step\": 0, \"answers\": {}}",
            "{\"format\": 1, \"lesson\": \"l\", \"step\": 0, \"answers\": [{\"step\": 0, \"given\": \"x\"}]}",
            "{\"format\": 1, \"lesson\": \"l\", \"step\": 0, \"answers\": [{\"step\": 0, \"given\": \"x\","
                    + " \"outcome\": \"OPEN\", \"feedback\": \"f\"}]}",
            "{\"format\": 1, \"lesson\": \"l\", \"step\": 0, \"answers\": [{\"step\": 5, \"given\": \"x\","
                    + " \"outcome\": \"CORRECT\", \"feedback\": \"f\"}]}"})
    void aDamagedOrStaleFileGivesAFreshStartAndANotice(String content) throws Exception {
        ProgressStore store = new ProgressStore(dir);
        Files.writeString(store.fileOf("l"), content);

        ProgressRead read = store.load("l", 3);

        assertThat(read.progress()).isEqualTo(LessonProgress.fresh("l"));
        assertThat(read.notice()).startsWith("Saved progress for 'l' could not be used");
    }

    @Test
    void aLessonIdThatIsNotAFileNameIsRefused() {
        ProgressStore store = new ProgressStore(dir);

        assertThatThrownBy(() -> store.fileOf("../escape")).isInstanceOf(IllegalArgumentException.class);
    }
}
