package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mptcplab.app.editor.Timeline;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.run.TraceJsonLines;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.TcpFlags;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+B just before the server's SYN/ACK in the fixed scenario, C flag off: a second timeline opens at
 * the same step with the same past, and its next event (the SYN/ACK) differs.
 */
class BranchFromHereUITest {
    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final MainWindowFixture shell = new MainWindowFixture();
    /** The step just before the server's SYN/ACK, the first packet the C flag changes. */
    private int step;

    @BeforeEach
    void open() throws Exception {
        robot.interact(() -> shell.model().openRun("l4lb-mptcp-fixed"));
        waitLoaded(pane().current().playback());
        PlaybackViewModel p = pane().current().playback();
        step = 0;
        while (!(p.getEvents().get(step + 1) instanceof PacketEvent e && e.packet().tcp().hasFlag(TcpFlags.SYN)
                && e.packet().tcp().hasFlag(TcpFlags.ACK))) {
            step++;
        }
        robot.interact(() -> p.seek(step));
    }

    private TimelinesPane pane() {
        return robot.lookup("#timelines-pane").queryAs(TimelinesPane.class);
    }

    private static void waitLoaded(PlaybackViewModel p) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !p.loadingProperty().get() && !p.getEvents().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void branchingTheCFlagOpensASecondTimelineAtTheSameStepWithTheSamePast() throws Exception {
        PlaybackViewModel original = pane().current().playback();
        robot.clickOn("#run-view");
        shell.ctrl(KeyCode.B);
        @SuppressWarnings("unchecked")
        ComboBox<String> value = robot.lookup("#branch-value").queryAs(ComboBox.class);
        robot.interact(() -> value.setValue("off"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        PlaybackViewModel branch = pane().current().playback();
        assertThat(branch).isNotSameAs(original);
        waitLoaded(branch);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> branch.getCursor() == step);
        for (int i = 0; i <= step; i++) {
            assertThat(TraceJsonLines.toJson(branch.getEvents().get(i)))
                    .isEqualTo(TraceJsonLines.toJson(original.getEvents().get(i)));
        }
        assertThat(TraceJsonLines.toJson(branch.getEvents().get(step + 1)))
                .isNotEqualTo(TraceJsonLines.toJson(original.getEvents().get(step + 1)));
        Timeline shown = pane().timelines().getSelected();
        assertThat(shown.name()).contains("C flag").contains("off").contains("@ event " + step);
        HostSpec s1 = (HostSpec) ((ScenarioRunSource) shown.source()).scenario().node("s1").orElseThrow();
        assertThat(s1.mptcp().allowJoinInitialAddrPort()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<Timeline> selector = robot.lookup("#timelines-selector").queryAs(ComboBox.class);
        assertThat(selector.isVisible()).isTrue();
        assertThat(selector.getItems()).hasSize(2);
        assertThat(shell.errors()).isEmpty();

        robot.interact(() -> selector.getSelectionModel().select(0));
        assertThat(pane().current().playback()).isSameAs(original);
        assertThat(original.getCursor()).isEqualTo(step);
    }
}
