package org.mptcplab.app.export.gui;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.mptcplab.app.compare.ComparePair;
import org.mptcplab.app.compare.CompareView;
import org.mptcplab.app.compare.CompareViewModel;
import org.mptcplab.app.compare.CompareWindow;
import org.mptcplab.app.playback.RecordedRun;

/**
 * Export from a compare window: the same shortcut as File &gt; Export figure… (Shortcut+Shift+E) opens
 * the export dialog on the window's pair, with the compare figure (failure | fix) offered first. The
 * step is the left run's playback cursor; the exporter aligns the right run with it.
 */
public final class CompareExport {
    /** The export shortcut, as in the main window's File menu. */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private CompareExport() {
    }

    /** Installs the export shortcut in {@code window}'s scene, exporting through {@code gui}. */
    public static void install(ExportGui gui, CompareWindow window) {
        Scene scene = window.stage().getScene();
        scene.getAccelerators().put(SHORTCUT, () -> gui.exportFigure(shown(window.view())));
    }

    /** The pair {@code view} shows, as an export sees it; empty before a pair is chosen. */
    public static Optional<ShownRun> shown(CompareView view) {
        CompareViewModel m = view.model();
        ComparePair pair = m.pairProperty().get();
        if (pair == null) {
            return Optional.empty();
        }
        RecordedRun right = new RecordedRun(pair.right(), m.right().topologyProperty().get(), m.right().getEvents());
        return Optional.of(new ShownRun(pair.left(), m.left(), right, m.loadingProperty().get()));
    }
}
