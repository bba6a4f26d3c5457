package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiCommandTest {

    private static final String NO_DISPLAY_LINE = "mptcp-lab: cannot open the GUI: no display"
            + " (DISPLAY/WAYLAND_DISPLAY unset). Use a desktop session, xvfb-run, or the command line: mptcp-lab --help";

    @TempDir
    Path logs;

    @Test
    void noArgumentsOpensTheGuiWithDefaults() {
        CliHarness harness = new CliHarness(logs);

        assertThat(harness.run().exitCode()).isZero();
        assertThat(harness.launches).containsExactly(GuiOptions.defaults());
    }

    @Test
    void guiPassesTheScenarioAndThemeToTheLauncher() {
        CliHarness harness = new CliHarness(logs);

        CliHarness.Result result = harness.run("gui", "--theme", "high-contrast", "anycast-tcp");

        assertThat(result.exitCode()).isZero();
        assertThat(harness.launches).containsExactly(new GuiOptions("anycast-tcp", "high-contrast"));
    }

    @Test
    void withoutADisplayPrintsOneLineAndExitsThree() {
        CliHarness harness = new CliHarness(logs).withoutDisplay();

        CliHarness.Result result = harness.run("gui");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_DISPLAY);
        assertThat(result.errLines()).containsExactly(NO_DISPLAY_LINE);
        assertThat(result.out()).isEmpty();
        assertThat(harness.launches).isEmpty();
    }

    @Test
    void bareCommandWithoutADisplayFailsTheSameWay() {
        CliHarness.Result result = new CliHarness(logs).withoutDisplay().run();

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_DISPLAY);
        assertThat(result.errLines()).containsExactly(NO_DISPLAY_LINE);
    }

    @Test
    void aToolkitThatCannotStartIsReportedLikeAMissingDisplay() {
        CliHarness harness = new CliHarness(logs).withGui(options -> {
            throw new GuiUnavailableException("the display could not be opened (Unable to open DISPLAY)",
                    new UnsupportedOperationException("Unable to open DISPLAY"));
        });

        CliHarness.Result result = harness.run("gui");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_DISPLAY);
        assertThat(result.errLines()).containsExactly("mptcp-lab: cannot open the GUI: the display could not be"
                + " opened (Unable to open DISPLAY). Use a desktop session, xvfb-run, or the command line:"
                + " mptcp-lab --help");
    }

    @Test
    void unknownScenarioIsAUsageErrorCheckedBeforeTheDisplay() {
        CliHarness harness = new CliHarness(logs).withoutDisplay();

        CliHarness.Result result = harness.run("gui", "l4lb-udp");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).containsExactly(
                "mptcp-lab: unknown scenario 'l4lb-udp'. See 'mptcp-lab scenarios' for the list.");
    }

    @Test
    void unknownThemeIsAUsageErrorNamingTheChoices() {
        CliHarness harness = new CliHarness(logs);

        CliHarness.Result result = harness.run("gui", "--theme", "neon");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).singleElement().asString()
                .contains("neon").contains("light, dark, high-contrast");
        assertThat(harness.launches).isEmpty();
    }
}
