package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.canvas.TopologyView;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.PacketHop;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Run view on a real catalogue scenario: the failure case's RST on the canvas, charts, a clean end. */
class ScenarioRunViewUITest {
    private final FxRobot robot = new FxRobot();
    private RunView view;

    @BeforeEach
    void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        ScenarioRunSource source = ScenarioRunSource.builtIn("l4lb-mptcp-plain");
        FxToolkit.setupStage(s -> {
            view = new RunView(source, () -> { });
            s.setScene(new Scene(view, 1280, 760));
            s.show();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !playback().loadingProperty().get()
                && !playback().getEvents().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> view.close());
        FxToolkit.cleanupStages();
    }

    private PlaybackViewModel playback() {
        return view.playback();
    }

    private TopologyView canvas() {
        return robot.lookup("#topology-view").queryAs(TopologyView.class);
    }

    @Test
    void runToNextRstShowsTheRstLeavingTheServerOnTheCanvas() {
        robot.interact(() -> playback().runToNext(EventKind.RST));
        PacketHop rst = playback().hopDepartingAt(playback().getCursor());
        assertThat(rst).isNotNull();
        assertThat(rst.kind()).isEqualTo(EventKind.RST);
        assertThat(canvas().visibleMarkers()).anySatisfy(m -> assertThat(m.hop()).isEqualTo(rst));
    }

    @Test
    void afterSeekingToTheEndNoMarkerIsLeftOnTheCanvas() {
        robot.interact(() -> playback().seek(playback().getEvents().size() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().visibleMarkers()).isNotEmpty();
        robot.interact(() -> playback().seek(playback().getEvents().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().visibleMarkers()).isEmpty();
        assertThat(canvas().drawnMarkerCount()).isZero();
    }

    @Test
    void chartsTabFollowsTheCursor() {
        TabPane tabs = robot.lookup("#inspector-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.interact(() -> playback().seek(playback().getEvents().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart-subflow-throughput").tryQuery()).isPresent();
        assertThat(view.charts().getSnapshot().subflowThroughput()).isNotEmpty();
        assertThat(view.charts().getSnapshot().rsts().total()).isGreaterThanOrEqualTo(1);
    }
}
