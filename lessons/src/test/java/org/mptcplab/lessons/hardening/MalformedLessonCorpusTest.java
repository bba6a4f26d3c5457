package org.mptcplab.lessons.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.load.LessonLoader;

/**
 * Every lesson in the corpus ({@code scenarios/*.json}) is refused with exactly one
 * {@link LessonLoadException} whose file, line, column, field path and message are the indexed ones,
 * whether it is read from disk or from memory.
 */
class MalformedLessonCorpusTest {

    static List<Corpus.Case> corpus() {
        return Corpus.cases("lessons");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedLessonGivesOneLocatedMessage(Corpus.Case c) {
        byte[] content = Corpus.bytes("lessons/" + c.file());

        LessonLoadException e = catchThrowableOfType(LessonLoadException.class,
                () -> LessonLoader.parse(c.file(), content));

        assertThat(e).as("%s must be refused", c.file()).isNotNull();
        assertThat(e.getMessage()).isEqualTo(c.message()).doesNotContain("\n", "\r", "Exception", "jackson");
        assertThat(List.of(e.at().line(), e.at().column())).containsExactly(c.line(), c.column());
        assertThat(e.path()).isEqualTo(c.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void loadingFromDiskNamesTheFileAsGiven(Corpus.Case c) {
        var file = Corpus.folder("lessons").resolve(c.file());

        LessonLoadException e = catchThrowableOfType(LessonLoadException.class, () -> LessonLoader.load(file));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo(file + c.message().substring(c.file().length()));
    }

    @Test
    void everyCorpusFileIsIndexedOnceAndEveryIndexedFileExists() {
        List<String> indexed = corpus().stream().map(Corpus.Case::file).sorted().toList();

        assertThat(indexed).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(50);
        assertThat(Corpus.jsonFiles("lessons")).isEqualTo(indexed);
    }
}
