package org.mptcplab.app.export.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.export.ExportFormat;
import org.mptcplab.app.export.ExportOptions;
import org.mptcplab.app.export.ExportRuns;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.export.Exporter;
import org.mptcplab.app.export.StepRange;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.app.shell.MainWindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dropping files on a window where {@link FileDrop} is installed: an exported figure is accepted and
 * handed to the reopen callback (in the main window: reopened at its step); other files are refused.
 * The drag events are synthesised, with a local dragboard, because the headless platform has no real
 * drag source.
 */
class FileDropUITest {
    private static final String SCENARIO = "l4lb-mptcp-plain";
    private static final int STEP = 23;
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    @RegisterExtension
    final MainWindowFixture shell = new MainWindowFixture();
    private Path svg;
    private Path notes;

    @BeforeEach
    void export() throws Exception {
        ScenarioRunSource source = ScenarioRunSource.builtIn(SCENARIO);
        RecordedRun run = RecordedRun.record(source, 5_000);
        svg = dir.resolve("dropped.svg");
        Exporter.export(run, ExportRuns.metadata(source.scenario(), source.seed(), STEP, ExportView.SEQUENCE),
                ExportView.SEQUENCE, ExportFormat.SVG, StepRange.single(STEP), ExportOptions.defaults(), svg);
        notes = Files.writeString(dir.resolve("notes.txt"), "not a figure");
    }

    @Test
    void anExportedSvgDroppedOnTheSceneIsAcceptedAndHandedToTheReopenCallback() throws Exception {
        List<Path> opened = new ArrayList<>();
        Scene scene = onFx(() -> new Scene(new StackPane(), 200, 100));
        robot.interact(() -> FileDrop.install(scene, opened::add));
        DragEvent[] over = new DragEvent[1];
        DragEvent[] drop = new DragEvent[1];

        robot.interact(() -> {
            over[0] = fire(scene, DragEvent.DRAG_OVER, notes.toFile(), svg.toFile());
            drop[0] = fire(scene, DragEvent.DRAG_DROPPED, notes.toFile(), svg.toFile());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(over[0].isAccepted()).isTrue();
        assertThat(over[0].getAcceptedTransferMode()).isEqualTo(TransferMode.COPY);
        assertThat(drop[0].isDropCompleted()).isTrue();
        assertThat(opened).containsExactly(svg);
    }

    @Test
    void aFileThatIsNoFigureIsRefusedAndNothingIsOpened() throws Exception {
        List<Path> opened = new ArrayList<>();
        Scene scene = onFx(() -> new Scene(new StackPane(), 200, 100));
        robot.interact(() -> FileDrop.install(scene, opened::add));
        DragEvent[] over = new DragEvent[1];
        DragEvent[] drop = new DragEvent[1];

        robot.interact(() -> {
            over[0] = fire(scene, DragEvent.DRAG_OVER, notes.toFile());
            drop[0] = fire(scene, DragEvent.DRAG_DROPPED, notes.toFile());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(over[0].isAccepted()).isFalse();
        assertThat(drop[0].isDropCompleted()).isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void anSvgDroppedOnTheMainWindowReopensItsScenarioAtItsStep() throws Exception {
        Scene scene = robot.window(0).getScene();

        robot.interact(() -> fire(scene, DragEvent.DRAG_DROPPED, svg.toFile()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#run-view").tryQuery().isPresent()
                || !shell.errors().isEmpty());
        PlaybackViewModel reopened = shell.loadedPlayback();

        assertThat(shell.errors()).isEmpty();
        assertThat(reopened.getCursor()).isEqualTo(STEP);
        assertThat(shell.model().getStatus()).contains("Reopened dropped.svg");
    }

    @Test
    void aTextFileDroppedOnTheMainWindowOpensNothing() throws Exception {
        Scene scene = robot.window(0).getScene();

        DragEvent over = onFx(() -> fire(scene, DragEvent.DRAG_OVER, notes.toFile()));
        DragEvent drop = onFx(() -> fire(scene, DragEvent.DRAG_DROPPED, notes.toFile()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(over.isAccepted()).isFalse();
        assertThat(drop.isDropCompleted()).isFalse();
        assertThat(robot.lookup("#run-view").tryQuery()).isEmpty();
        assertThat(shell.errors()).isEmpty();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    /** Fires a drag event of {@code type} carrying {@code files} at the middle of {@code scene}. */
    private static DragEvent fire(Scene scene, EventType<DragEvent> type, File... files) {
        Dragboard board = DropBoard.of(files);
        double x = scene.getWidth() / 2;
        double y = scene.getHeight() / 2;
        DragEvent e = new DragEvent(type, board, x, y, x, y, TransferMode.COPY, null, null, null);
        Event.fireEvent(scene, e);
        return e;
    }
}
