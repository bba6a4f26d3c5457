package org.mptcplab.app.export.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Drag and drop of an exported figure ({@code .svg}, {@code .png}) onto a window: the drag is accepted
 * only when one of the dragged files has such a name, and the drop hands the first of them to the
 * reopener (which explains any problem with the file itself). Scenario files ({@code .json}) are the
 * files package's drop ({@code FxWindowGuards}); a drop it already completed is left alone, so one drop
 * never opens two things.
 */
public final class FileDrop {
    private FileDrop() {
    }

    /** The first of {@code files} that is an exported figure, by name. */
    public static Optional<Path> pick(List<File> files) {
        return files.stream().filter(File::isFile).map(File::toPath).filter(Reopener::isFigure).findFirst();
    }

    /** Lets figures be dropped anywhere on {@code scene}; {@code open} gets the file dropped. */
    public static void install(Scene scene, Consumer<Path> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (openable(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.isDropCompleted() || !openable(e.getDragboard())) {
                return;
            }
            Path file = pick(e.getDragboard().getFiles()).orElseThrow();
            e.setDropCompleted(true);
            e.consume();
            // After the drop returns, so the platform's drag session is not held open by a modal dialog.
            Platform.runLater(() -> open.accept(file));
        });
    }

    private static boolean openable(Dragboard board) {
        return board.hasFiles() && pick(board.getFiles()).isPresent();
    }
}
