package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.events.EventRow;
import org.mptcplab.app.inspect.PacketField;
import org.mptcplab.app.playback.DemoRuns;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Run view headlessly and checks what it shows against the engine's trace. */
class RunViewUITest {
    private static final RunSource SOURCE = DemoRuns.clientRouterServer(1);
    private static final List<TraceEvent> TRACE = RecordedRun.record(SOURCE, 1000).events();
    private final FxRobot robot = new FxRobot();
    private RunView view;

    @BeforeEach
    void open() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            view = new RunView(SOURCE, () -> { });
            s.setScene(new Scene(view, 1200, 700));
            s.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !playback().loadingProperty().get()
                && playback().getEvents().size() == TRACE.size());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> view.close());
        FxToolkit.cleanupStages();
    }

    @Test
    void eventTableListsEveryTraceEventAndTheKindFilterKeepsOnlyThatKind() {
        assertThat(table().getItems()).hasSize(TRACE.size());
        ComboBox<String> kinds = robot.lookup("#kind-filter").queryComboBox();
        robot.interact(() -> kinds.setValue(EventKind.SYN.label()));
        long syns = TRACE.stream().filter(e -> EventKinds.of(e) == EventKind.SYN).count();
        assertThat(syns).isPositive();
        assertThat(table().getItems()).hasSize((int) syns).allMatch(r -> r.kind() == EventKind.SYN);
    }

    @Test
    void arrowKeysStepHomeResetsAndTheTableRowFollowsTheCursor() {
        robot.clickOn("#topology-view");
        robot.type(KeyCode.RIGHT, 3);
        assertThat(playback().getCursor()).isEqualTo(2);
        assertThat(table().getSelectionModel().getSelectedItem().index()).isEqualTo(2);
        robot.type(KeyCode.LEFT);
        assertThat(playback().getCursor()).isEqualTo(1);
        robot.type(KeyCode.HOME);
        assertThat(playback().getCursor()).isEqualTo(-1);
        assertThat(robot.lookup("#playback-position").queryLabeled().getText()).startsWith("event 0 / " + TRACE.size());
    }

    @Test
    void spaceStartsAndStopsPlaying() {
        robot.clickOn("#topology-view");
        robot.type(KeyCode.SPACE);
        assertThat(playback().isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(playback().isPlaying()).isFalse();
    }

    @Test
    void selectingARowShowsThatPacketsSequenceNumberInTheInspector() {
        int synAck = -1;
        for (int i = 0; i < TRACE.size() && synAck < 0; i++) {
            synAck = EventKinds.of(TRACE.get(i)) == EventKind.SYN_ACK ? i : -1;
        }
        int target = synAck;
        robot.interact(() -> table().getSelectionModel().clearAndSelect(target));
        assertThat(playback().getCursor()).isEqualTo(target);
        assertThat(playback().getSelectedIndex()).isEqualTo(target);
        PacketEvent event = (PacketEvent) TRACE.get(target);
        @SuppressWarnings("unchecked")
        TableView<PacketField> fields = robot.lookup("#packet-fields").queryAs(TableView.class);
        PacketField seq = fields.getItems().stream().filter(f -> f.name().equals("Sequence number")).findFirst()
                .orElseThrow();
        assertThat(seq.value()).isEqualTo(Integer.toUnsignedString(event.packet().tcp().seq()));
        robot.interact(() -> fields.getSelectionModel().select(seq));
        assertThat(view.inspector().highlight()).containsExactly(seq.offset(), seq.end());
    }

    @Test
    void clickingAPacketMarkerSelectsItsDeparture() {
        robot.interact(() -> playback().runToNext(EventKind.SYN));
        int syn = playback().getCursor();
        org.mptcplab.app.canvas.TopologyView canvas =
                robot.lookup("#topology-view").queryAs(org.mptcplab.app.canvas.TopologyView.class);
        javafx.geometry.Point2D marker = canvas.markerPosition(playback().getState().inFlight().get(0));
        robot.interact(() -> playback().reset());
        robot.interact(() -> playback().seek(syn));
        robot.clickOn(canvas.localToScreen(marker.getX(), marker.getY()));
        assertThat(playback().getSelectedIndex()).isEqualTo(syn);
    }

    private PlaybackViewModel playback() {
        return view.playback();
    }

    @SuppressWarnings("unchecked")
    private TableView<EventRow> table() {
        return robot.lookup("#event-table").queryAs(TableView.class);
    }
}
