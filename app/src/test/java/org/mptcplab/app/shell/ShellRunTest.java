package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.DemoRuns;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.Catalog;

class ShellRunTest {
    private final ShellViewModel model = new ShellViewModel("1", Catalog.entries(), "light");

    @Test
    void openingACatalogueEntryRunsItsScenarioAndSaysSo() {
        model.openRun("l4lb-mptcp-plain");
        assertThat(model.runProperty().get()).isInstanceOf(ScenarioRunSource.class);
        assertThat(model.runProperty().get().id()).isEqualTo("l4lb-mptcp-plain");
        assertThat(model.getStatus()).contains("Running 'l4lb-mptcp-plain'");
        model.closeRun();
        assertThat(model.runProperty().get()).isNull();
    }

    @Test
    void aBatchExperimentFallsBackToTheDemoRunWithANote() {
        model.openRun("paper-l4lb");
        assertThat(model.runProperty().get().id()).isEqualTo(DemoRuns.DEMO_ID);
        assertThat(model.getStatus()).contains("'paper-l4lb'").contains("batch experiment").contains("demo run");
    }

    @Test
    void unknownScenarioOpensNoRun() {
        model.openRun("no-such-scenario");
        assertThat(model.runProperty().get()).isNull();
        assertThat(model.getStatus()).isEqualTo("Unknown scenario 'no-such-scenario'.");
    }
}
