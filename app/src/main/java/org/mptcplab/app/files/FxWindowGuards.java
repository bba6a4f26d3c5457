package org.mptcplab.app.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.mptcplab.engine.scenario.Scenario;

/**
 * The main window's file safety nets, installed in one call: closing with unsaved edits asks first,
 * regaining focus checks whether the open file changed on disk, and a dropped {@code .json} file opens
 * like File > Open. Listeners are added, never set, so other features can listen to the same events.
 */
public final class FxWindowGuards {
    private final ScenarioFilesViewModel files;
    private final BiConsumer<Scenario, String> run;

    private FxWindowGuards(ScenarioFilesViewModel files, BiConsumer<Scenario, String> run) {
        this.files = files;
        this.run = run;
    }

    /**
     * Installs the guards on {@code stage} (its scene must be set); {@code run} shows a scenario that was
     * reloaded or dropped, given with the file name it came from.
     */
    public static FxWindowGuards install(Stage stage, ScenarioFilesViewModel files, BiConsumer<Scenario, String> run) {
        FxWindowGuards guards = new FxWindowGuards(files, run);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!files.readyToLeave()) {
                e.consume();
            }
        });
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                guards.windowFocused();
            }
        });
        Scene scene = stage.getScene();
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!scenarioFiles(e.getDragboard()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> dropped = scenarioFiles(e.getDragboard());
            if (!dropped.isEmpty() && !e.isDropCompleted()) {
                e.setDropCompleted(true);
                e.consume();
                // After the drop returns: a modal error dialog must not hold the platform's drag session.
                Platform.runLater(() -> guards.dropped(dropped));
            }
        });
        return guards;
    }

    private static List<Path> scenarioFiles(Dragboard board) {
        if (!board.hasFiles()) {
            return List.of();
        }
        return board.getFiles().stream().map(File::toPath).filter(ScenarioFilesViewModel::isScenarioFile).toList();
    }

    /** The window got the focus back: reload the open file if it changed and the user wants that. */
    public void windowFocused() {
        files.checkDisk().ifPresent(s -> run.accept(s, files.getFile().getFileName().toString()));
    }

    /** Files were dropped on the window: the first scenario file opens (a broken one gives the error dialog). */
    public void dropped(List<Path> paths) {
        files.openDropped(paths).ifPresent(s -> run.accept(s, files.getFile().getFileName().toString()));
    }

    /** The user asked to quit: true when it is fine to close (saved, discarded or nothing unsaved). */
    public boolean mayClose() {
        return files.readyToLeave();
    }
}
