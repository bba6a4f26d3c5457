package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.load.LessonLoader;

/** The lesson list: bundled lessons in teaching order, opened files, progress lines. */
class LessonLibraryTest {
    @TempDir
    Path dir;

    @Test
    void listsTheBundledLessonsInTeachingOrderNotStarted() {
        LessonLibrary library = new LessonLibrary(new ProgressStore(dir.resolve("progress")));

        assertThat(library.entries()).extracting(e -> e.lesson().id()).containsExactlyElementsOf(LessonLoader.BUNDLED);
        assertThat(library.entries()).allMatch(e -> e.progress().startsWith("not started") && e.folder() == null);
    }

    @Test
    void theProgressLineFollowsTheSavedProgress() {
        ProgressStore store = new ProgressStore(dir);
        LessonLibrary library = new LessonLibrary(store);
        store.save(LessonProgress.fresh("the-fix").atStep(2)
                .withAnswer(0, new SavedAnswer("yes", AnswerState.CORRECT, "ok")));

        library.refresh("the-fix");

        assertThat(library.find("the-fix").orElseThrow().progress())
                .isEqualTo("step 3 of 4 \u00b7 1 of 4 questions answered");
    }

    @Test
    void anOpenedFileIsListedWithItsFolderAndReopeningReplacesIt() throws Exception {
        LessonLibrary library = new LessonLibrary(new ProgressStore(dir.resolve("progress")));
        Path file = LessonFiles.withImageAndLink(dir, "my-lesson");

        LessonEntry entry = library.open(file);
        library.open(file);

        assertThat(entry.folder()).isEqualTo(dir.toAbsolutePath());
        assertThat(library.entries()).hasSize(LessonLoader.BUNDLED.size() + 1);
        assertThat(library.find("my-lesson")).isPresent();
    }

    @Test
    void aBrokenFileFailsWithTheLocatedMessageAndIsNotListed() throws Exception {
        LessonLibrary library = new LessonLibrary(new ProgressStore(dir));
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"titel\": \"typo\"\n}\n");

        assertThatThrownBy(() -> library.open(file)).isInstanceOf(LessonLoadException.class)
                .hasMessageContaining("broken.json:4");
        assertThat(library.entries()).hasSize(LessonLoader.BUNDLED.size());
    }
}
