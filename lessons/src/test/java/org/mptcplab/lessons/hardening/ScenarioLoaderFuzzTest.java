package org.mptcplab.lessons.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * Jazzer fuzz target of the scenario loader. Whatever the bytes, the loader returns a validated
 * {@link Scenario} or throws its one documented error, {@link ScenarioLoadException}, with a real
 * location and a one-line message; any other exception (or an out-of-memory) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} the seeds in {@code ScenarioLoaderFuzzTestInputs/<method>/} (bundled
 * scenarios and every crash found so far) replay as a regression test in each build.
 */
class ScenarioLoaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void scenarioLoadsOrIsRefusedWithOneLocatedLine(byte[] file) {
        try {
            Scenario scenario = ScenarioLoader.parse("fuzz.json", file);
            assertThat(scenario.nodes()).isNotEmpty();
        } catch (ScenarioLoadException refused) {
            assertThat(refused.line()).isPositive();
            assertThat(refused.column()).isPositive();
            assertThat(refused.getMessage()).startsWith("fuzz.json:" + refused.line() + ":" + refused.column() + ": ")
                    .doesNotContain("\n", "\r");
        }
    }
}
