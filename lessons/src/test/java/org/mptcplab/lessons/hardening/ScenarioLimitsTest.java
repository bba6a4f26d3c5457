package org.mptcplab.lessons.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * The bounds of the scenario format (docs/hardening.md): 1 MiB per file, 32 levels of nesting, 64 KiB
 * strings, 64-character numbers, 256-character field names and 1000 items per array. At each bound a
 * file still loads (or fails for another reason); one step past it, the bound is what is reported.
 */
class ScenarioLimitsTest {
    private static final String VALID = new String(Corpus.bytes("../scenario/valid/tiny-l4lb.json"),
            StandardCharsets.UTF_8);
    private static final String ANCHOR = "\"assumptions\": [\"One client, two servers behind a DSR load balancer.\"]";

    private static Scenario load(String text) throws ScenarioLoadException {
        return ScenarioLoader.parse("limits.json", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String withAssumptions(String json) {
        assertThat(VALID).contains(ANCHOR);
        return VALID.replace(ANCHOR, "\"assumptions\": " + json);
    }

    @Test
    void aFileOfExactlyOneMebibyteLoadsAndOneByteMoreIsRefused() throws ScenarioLoadException {
        int size = VALID.getBytes(StandardCharsets.UTF_8).length;
        String atLimit = VALID + " ".repeat((1 << 20) - size);

        assertThat(load(atLimit).id()).isEqualTo("tiny-l4lb");
        assertThatThrownBy(() -> load(atLimit + " ")).isInstanceOf(ScenarioLoadException.class)
                .hasMessage("limits.json:1:1: file is larger than the 1024 KiB a scenario may have");
    }

    @Test
    void nestingBeyondThirtyTwoLevelsIsRefused() {
        // The scenario object is level 1: 31 brackets reach level 32, the 32nd goes one too deep.
        assertThatThrownBy(() -> load(withAssumptions("[".repeat(31) + "]".repeat(31))))
                .hasMessageContaining("assumptions[0]: expected a string, got an array");
        assertThatThrownBy(() -> load(withAssumptions("[".repeat(32) + "]".repeat(32))))
                .hasMessageEndingWith(": nested more than 32 levels deep");
    }

    @Test
    void aThousandItemsLoadAndOneMoreIsRefusedAtTheArray() throws ScenarioLoadException {
        String item = "\"assumption\"";

        assertThat(load(withAssumptions("[" + String.join(",", Collections.nCopies(1000, item)) + "]")).assumptions())
                .hasSize(1000);
        assertThatThrownBy(() -> load(withAssumptions("[" + String.join(",", Collections.nCopies(1001, item)) + "]")))
                .hasMessage("limits.json:5:18: assumptions: has 1001 items, at most 1000 are allowed");
    }

    @Test
    void stringsUpTo64KibLoadAndLongerOnesAreRefused() throws ScenarioLoadException {
        String longest = "d".repeat(64 * 1024);

        assertThat(load(withAssumptions("[\"" + longest + "\"]")).assumptions()).containsExactly(longest);
        assertThatThrownBy(() -> load(withAssumptions("[\"" + longest + "d\"]")))
                .hasMessage("limits.json:5:19: a name, string or number is too long");
    }

    @Test
    void numbersUpTo64CharactersAreReadAndLongerOnesAreRefused() {
        String digits = "1".repeat(64);

        assertThatThrownBy(() -> load(withAssumptions("[" + digits + "]")))
                .hasMessage("limits.json:5:19: assumptions[0]: expected a string, got the number "
                        + "1".repeat(37) + "...");
        assertThatThrownBy(() -> load(withAssumptions("[" + digits + "1]")))
                .hasMessage("limits.json:5:19: a name, string or number is too long");
    }

    @Test
    void fieldNamesUpTo256CharactersAreReadAndLongerOnesAreRefused() {
        String name = "k".repeat(256);

        assertThatThrownBy(() -> load(withAssumptions("[], \"" + name + "\": 1")))
                .hasMessageContaining(": " + name + ": unknown field");
        assertThatThrownBy(() -> load(withAssumptions("[], \"" + name + "k\": 1")))
                .hasMessageEndingWith(": a name, string or number is too long");
    }
}
