package org.mptcplab.lessons.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * Every scenario in the corpus ({@code scenarios/*.json}) is refused with exactly one
 * {@link ScenarioLoadException} whose file, line, column, field path and message are the indexed ones,
 * whether it is read from disk or from memory.
 */
class MalformedScenarioCorpusTest {

    static List<Corpus.Case> corpus() {
        return Corpus.cases("scenarios");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedScenarioGivesOneLocatedMessage(Corpus.Case c) {
        byte[] content = Corpus.bytes("scenarios/" + c.file());

        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class,
                () -> ScenarioLoader.parse(c.file(), content));

        assertThat(e).as("%s must be refused", c.file()).isNotNull();
        assertThat(e.getMessage()).isEqualTo(c.message()).doesNotContain("\n", "\r", "Exception", "jackson");
        assertThat(List.of(e.line(), e.column())).containsExactly(c.line(), c.column());
        assertThat(e.path()).isEqualTo(c.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void loadingFromDiskNamesTheFileAsGiven(Corpus.Case c) {
        var file = Corpus.folder("scenarios").resolve(c.file());

        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioLoader.load(file));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo(file + c.message().substring(c.file().length()));
    }

    @Test
    void everyCorpusFileIsIndexedOnceAndEveryIndexedFileExists() {
        List<String> indexed = corpus().stream().map(Corpus.Case::file).sorted().toList();

        assertThat(indexed).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(50);
        assertThat(Corpus.jsonFiles("scenarios")).isEqualTo(indexed);
    }
}
