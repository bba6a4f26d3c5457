package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.DemoRuns;
import org.mptcplab.engine.scenario.Catalog;

class ShellRunTest {
    private final ShellViewModel model = new ShellViewModel("1", Catalog.entries(), "light");

    @Test
    void openingACatalogueEntryOpensTheDemoRunAndSaysSo() {
        model.openRun("l4lb-mptcp-plain");
        assertThat(model.runProperty().get().id()).isEqualTo(DemoRuns.DEMO_ID);
        assertThat(model.getStatus()).contains("'l4lb-mptcp-plain'").contains("demo run");
        model.closeRun();
        assertThat(model.runProperty().get()).isNull();
    }

    @Test
    void unknownScenarioOpensNoRun() {
        model.openRun("no-such-scenario");
        assertThat(model.runProperty().get()).isNull();
        assertThat(model.getStatus()).isEqualTo("Unknown scenario 'no-such-scenario'.");
    }
}
