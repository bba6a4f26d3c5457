package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gui --lesson ID [--presenter]}: checked on the command line, passed to the GUI launcher. */
class GuiLessonOptionTest {
    @TempDir
    Path logs;

    @Test
    void aBundledLessonAndPresenterModeReachTheLauncher() {
        CliHarness harness = new CliHarness(logs);

        CliHarness.Result result = harness.run("gui", "--lesson", "join-breaks-behind-lb", "--presenter");

        assertThat(result.exitCode()).isZero();
        assertThat(harness.launches).containsExactly(new GuiOptions(null, "light", "join-breaks-behind-lb", true));
    }

    @Test
    void anUnknownLessonIsAUserErrorAndNothingOpens() {
        CliHarness harness = new CliHarness(logs);

        CliHarness.Result result = harness.run("gui", "--lesson", "no-such-lesson");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errLines()).singleElement().asString().contains("unknown lesson 'no-such-lesson'");
        assertThat(harness.launches).isEmpty();
    }

    @Test
    void presenterWithoutALessonIsRefused() {
        CliHarness harness = new CliHarness(logs);

        CliHarness.Result result = harness.run("gui", "--presenter");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errLines()).singleElement().asString().contains("--presenter needs --lesson");
        assertThat(harness.launches).isEmpty();
    }
}
