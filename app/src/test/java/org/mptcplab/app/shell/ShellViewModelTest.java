package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.Catalog;

class ShellViewModelTest {

    private final ShellViewModel model = new ShellViewModel("9.8.7", Catalog.entries(), "light");

    @Test
    void titleIsTheProductNameAndVersionIsWhatWasGiven() {
        assertThat(model.getTitle()).isEqualTo("MPTCP Lab");
        assertThat(model.getVersion()).isEqualTo("9.8.7");
    }

    @Test
    void initialStatusSaysHowManyScenariosCanRun() {
        long runnable = Catalog.entries().stream().filter(Catalog.Entry::runnable).count();
        assertThat(model.getStatus()).contains(runnable + " of 11 built-in scenarios can run");
    }

    @Test
    void listsTheCatalogueReadOnly() {
        assertThat(model.getScenarios()).containsExactlyElementsOf(Catalog.entries());
        assertThatThrownBy(() -> model.getScenarios().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void openingARunnableScenarioSelectsItAndSaysHowToRunIt() {
        model.openScenario("l4lb-mptcp-plain");

        assertThat(model.selectedScenarioProperty().get().id()).isEqualTo("l4lb-mptcp-plain");
        assertThat(model.getStatus()).isEqualTo("Scenario 'l4lb-mptcp-plain' selected; press Enter to run it.");
    }

    @Test
    void openingAnUnknownScenarioKeepsTheSelection() {
        model.openScenario("anycast-tcp");
        model.openScenario("no-such-scenario");

        assertThat(model.selectedScenarioProperty().get().id()).isEqualTo("anycast-tcp");
        assertThat(model.getStatus()).isEqualTo("Unknown scenario 'no-such-scenario'.");
    }

    @Test
    void runnableScenariosAreCountedAndOpenWithoutTheNotYetMessage() {
        Catalog.Entry ready = new Catalog.Entry("demo", "Demo", "A demo.", true);
        Catalog.Entry later = new Catalog.Entry("later", "Later", "Not yet.", false);
        ShellViewModel mixed = new ShellViewModel("1", List.of(ready, later), "dark");

        assertThat(mixed.getStatus()).isEqualTo("Ready. 1 of 2 built-in scenarios can run.");
        mixed.openScenario("demo");
        assertThat(mixed.getStatus()).doesNotContain("cannot run yet");
    }

    @Test
    void switchingThemeUpdatesThemeAndStatus() {
        model.useTheme("high-contrast");

        assertThat(model.getTheme()).isEqualTo("high-contrast");
        assertThat(model.getStatus()).isEqualTo("Theme: High contrast.");
    }

    @Test
    void rejectsUnknownThemes() {
        assertThatThrownBy(() -> model.useTheme("sepia")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShellViewModel("1", List.of(), "sepia"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(model.getTheme()).isEqualTo("light");
    }

    @Test
    void openingScenarioFilesIsOffered() {
        assertThat(model.canOpenScenarioFiles()).isTrue();
    }
}
