package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.inspect.NodeStateView;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.app.sequence.SequenceChartView;
import org.mptcplab.engine.trace.TraceEvent;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard shortcuts, the scrubber, the sequence chart and the node-state tab, driven headlessly. */
class PlaybackShortcutsUITest {
    private static ScenarioRunSource source;
    private static List<TraceEvent> trace;
    private final FxRobot robot = new FxRobot();
    private RunView view;

    @BeforeAll
    static void record() throws Exception {
        source = ScenarioRunSource.builtIn("l4lb-mptcp-lossy-addaddr");
        trace = RecordedRun.record(source, 5_000).events();
    }

    @BeforeEach
    void open() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            view = new RunView(source, () -> { });
            s.setScene(new Scene(view, 1280, 800));
            s.show();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !playback().loadingProperty().get()
                && playback().getEvents().size() == trace.size());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        robot.clickOn("#topology-view");
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> view.close());
        FxToolkit.cleanupStages();
    }

    private PlaybackViewModel playback() {
        return view.playback();
    }

    private static int next(EventKind kind, int after) {
        for (int i = after + 1; i < trace.size(); i++) {
            if (EventKinds.of(trace.get(i)) == kind) {
                return i;
            }
        }
        return after;
    }

    @Test
    void eachRunToNextKeyLandsOnTheNextEventOfItsKind() {
        int found = 0;
        for (KeyboardShortcuts.RunTo r : KeyboardShortcuts.RUN_TO_NEXT) {
            robot.type(KeyCode.HOME);
            int expected = next(r.kind(), -1);
            robot.type(r.key());
            assertThat(playback().getCursor()).as("%s -> %s", r.key(), r.kind()).isEqualTo(expected);
            if (expected >= 0) {
                found++;
                int again = next(r.kind(), expected);
                robot.type(r.key());
                assertThat(playback().getCursor()).isEqualTo(again);
            }
        }
        // The lossy scenario has SYNs, JOINs, ADD_ADDRs, hash decisions and the drop of the ADD_ADDR.
        assertThat(found).isGreaterThanOrEqualTo(5);
    }

    @Test
    void endPageKeysAndSpeedKeysDrivePlayback() {
        robot.type(KeyCode.END);
        assertThat(playback().getCursor()).isEqualTo(trace.size() - 1);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.PAGE_DOWN, 2);
        assertThat(playback().getCursor()).isEqualTo(19);
        robot.type(KeyCode.PAGE_UP);
        assertThat(playback().getCursor()).isEqualTo(9);
        double speed = playback().speedProperty().get();
        robot.type(KeyCode.MINUS);
        assertThat(playback().speedProperty().get()).isEqualTo(speed / 2);
        robot.type(KeyCode.SPACE);
        assertThat(playback().isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(playback().isPlaying()).isFalse();
    }

    @Test
    void theScrubberAndTheCursorFollowEachOther() {
        Slider scrubber = robot.lookup("#timeline-scrubber").queryAs(Slider.class);
        assertThat(scrubber.getMax()).isEqualTo(trace.size() - 1);
        robot.interact(() -> scrubber.setValue(123));
        assertThat(playback().getCursor()).isEqualTo(123);
        robot.type(KeyCode.RIGHT);
        assertThat(scrubber.getValue()).isEqualTo(124);
        robot.type(KeyCode.HOME);
        assertThat(scrubber.getValue()).isEqualTo(-1);
    }

    @Test
    void helpListsEveryRunToNextKey() throws Exception {
        List<KeyboardShortcuts.Row> listed = WaitForAsyncUtils.asyncFx(KeyboardShortcuts::rows).get();
        for (KeyboardShortcuts.RunTo r : KeyboardShortcuts.RUN_TO_NEXT) {
            assertThat(listed).anyMatch(row -> row.keys().equals(r.key().getName())
                    && row.action().contains(r.kind().label()));
        }
        assertThat(listed).anyMatch(row -> row.keys().startsWith("Page Down"));
    }

    @Test
    void clickingAJoinArrowInTheSequenceChartSelectsItForTheTableAndInspector() throws Exception {
        robot.type(KeyCode.J);
        int join = playback().getCursor();
        robot.type(KeyCode.RIGHT, 3);
        SequenceChartView chart = robot.lookup("#sequence-chart").queryAs(SequenceChartView.class);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = WaitForAsyncUtils.asyncFx(() -> chart.arrowOnScreen(join)).get();
        assertThat(at).isNotNull();
        robot.clickOn(at);
        assertThat(playback().getSelectedIndex()).isEqualTo(join);
        assertThat(view.sequence().getChart().arrows()).filteredOn(view.sequence()::isSelected)
                .singleElement().satisfies(a -> assertThat(a.label()).contains("MP_JOIN"));
    }

    @Test
    void theNodeStateTabShowsTheCurrentEventsNodeWithItsMptcpConnection() {
        robot.clickOn("Node state");
        robot.type(KeyCode.J);
        robot.type(KeyCode.END);
        TraceEvent last = playback().currentEventProperty().get();
        assertThat(view.nodeState().nodeProperty().get()).isEqualTo(last.node());
        robot.interact(() -> view.nodeState().nodeProperty().set("lb"));
        NodeStateView tab = robot.lookup("#node-state").queryAs(NodeStateView.class);
        assertThat(tab.lines()).anyMatch(l -> l.startsWith("Hash table: maglev"));
        String client = trace.stream().filter(e -> EventKinds.of(e) == EventKind.SYN).map(TraceEvent::node)
                .findFirst().orElseThrow();
        robot.interact(() -> view.nodeState().nodeProperty().set(client));
        assertThat(tab.lines()).anyMatch(l -> l.trim().startsWith("token 0x"))
                .anyMatch(l -> l.trim().startsWith("subflow "));
    }
}
