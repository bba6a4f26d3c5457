package org.mptcplab.lessons.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * Every file in the scenario corpus ({@code scenarios/*.json}) and the lesson corpus
 * ({@code lessons/*.json}) is refused by its loader with exactly one {@link ScenarioLoadException} or
 * {@link LessonLoadException} whose file, line, column, field path and message are the indexed ones,
 * whether it is read from disk or from memory.
 */
class MalformedCorpusTest {
    private static final Loader SCENARIOS = new Loader("scenarios",
            (name, content) -> scenario(() -> ScenarioLoader.parse(name, content)),
            file -> scenario(() -> ScenarioLoader.load(file)));
    private static final Loader LESSONS = new Loader("lessons",
            (name, content) -> lesson(() -> LessonLoader.parse(name, content)),
            file -> lesson(() -> LessonLoader.load(file)));

    /** What a refusal says, whichever loader gave it; null when the loader accepted the file. */
    private record Refusal(String message, int line, int column, String path) {
    }

    /** One loader and its corpus folder. */
    private record Loader(String folder, BiFunction<String, byte[], Refusal> parse, Function<Path, Refusal> load) {
        @Override
        public String toString() {
            return folder;
        }
    }

    private static Refusal scenario(ThrowingCallable call) {
        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class, call);
        return e == null ? null : new Refusal(e.getMessage(), e.line(), e.column(), e.path());
    }

    private static Refusal lesson(ThrowingCallable call) {
        LessonLoadException e = catchThrowableOfType(LessonLoadException.class, call);
        return e == null ? null : new Refusal(e.getMessage(), e.at().line(), e.at().column(), e.path());
    }

    static Stream<Loader> loaders() {
        return Stream.of(SCENARIOS, LESSONS);
    }

    static Stream<Arguments> corpus() {
        return loaders().flatMap(l -> Corpus.cases(l.folder()).stream().map(c -> Arguments.of(l, c)));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("corpus")
    void eachMalformedFileGivesOneLocatedMessage(Loader loader, Corpus.Case c) {
        byte[] content = Corpus.bytes(loader.folder() + "/" + c.file());

        Refusal e = loader.parse().apply(c.file(), content);

        assertThat(e).as("%s must be refused", c.file()).isNotNull();
        assertThat(e.message()).isEqualTo(c.message()).doesNotContain("\n", "\r", "Exception", "jackson");
        assertThat(List.of(e.line(), e.column())).containsExactly(c.line(), c.column());
        assertThat(e.path()).isEqualTo(c.path());
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("corpus")
    void loadingFromDiskNamesTheFileAsGiven(Loader loader, Corpus.Case c) {
        Path file = Corpus.folder(loader.folder()).resolve(c.file());

        Refusal e = loader.load().apply(file);

        assertThat(e).isNotNull();
        assertThat(e.message()).isEqualTo(file + c.message().substring(c.file().length()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loaders")
    void everyCorpusFileIsIndexedOnceAndEveryIndexedFileExists(Loader loader) {
        List<String> indexed = Corpus.cases(loader.folder()).stream().map(Corpus.Case::file).sorted().toList();

        assertThat(indexed).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(50);
        assertThat(Corpus.jsonFiles(loader.folder())).isEqualTo(indexed);
    }
}
