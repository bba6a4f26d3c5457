package org.mptcplab.app.compare;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mptcplab.app.diagram.fx.DiagramLook;

/**
 * The compare view in its own window, the shell's single entry point (View > Compare…). Its own
 * window because a lecture shows it next to, or instead of, the main window on the projector.
 *
 * <p>Theme: the window follows the stylesheets it is given when they are an observable list (the
 * owner scene's own list, as the main window passes it), so View &gt; Theme reaches it live, and its
 * diagrams' palette follows through {@link DiagramLook}. Zoom: {@link DiagramLook} gives each window
 * its own zoom, so this window starts at the owner's zoom and then has its own Ctrl+= / Ctrl+- /
 * Ctrl+0, the keys of View &gt; Zoom in the main window; the projector window can be set apart.
 */
public final class CompareWindow {
    /** Fits a 1280x800 projector. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    /** The main window's zoom keys, repeated here because a focused compare window gets no menu keys. */
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    private final Stage stage;
    private final CompareView view;

    private CompareWindow(Stage stage, CompareView view) {
        this.stage = stage;
        this.view = view;
    }

    /**
     * Opens a compare window over {@code owner} on the preset that contains {@code currentId} (the
     * scenario shown in the main window; may be null), styled with {@code stylesheets}.
     */
    public static CompareWindow open(Window owner, String currentId, List<String> stylesheets) {
        return open(owner, ComparePair.presetFor(currentId), stylesheets);
    }

    /**
     * Opens a compare window on {@code pair}, styled with {@code stylesheets}; pass the owner scene's
     * live list to have later theme changes follow.
     */
    public static CompareWindow open(Window owner, ComparePair pair, List<String> stylesheets) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Compare: " + pair.left().id() + " | " + pair.right().id() + " — MPTCP Lab");
        CompareView view = new CompareView(pair);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        Runnable unfollow = followStylesheets(scene, stylesheets);
        zoomKeys(scene, owner);
        stage.setScene(scene);
        view.model().pairProperty().addListener((o, a, p) ->
                stage.setTitle("Compare: " + p.left().id() + " | " + p.right().id() + " — MPTCP Lab"));
        stage.setOnHidden(e -> {
            unfollow.run();
            view.close();
        });
        stage.show();
        return new CompareWindow(stage, view);
    }

    /** Copies {@code stylesheets} into {@code scene} and, when observable, keeps them in step; returns the undo. */
    private static Runnable followStylesheets(Scene scene, List<String> stylesheets) {
        if (stylesheets instanceof ObservableList<String> live) {
            Bindings.bindContent(scene.getStylesheets(), live);
            return () -> Bindings.unbindContent(scene.getStylesheets(), live);
        }
        scene.getStylesheets().setAll(stylesheets);
        return () -> { };
    }

    /** Starts at the owner's diagram zoom and gives the window its own zoom keys. */
    private static void zoomKeys(Scene scene, Window owner) {
        DiagramLook look = DiagramLook.of(scene);
        if (owner != null && owner.getScene() != null) {
            look.setZoom(DiagramLook.of(owner.getScene()).getZoom());
        }
        scene.getAccelerators().put(ZOOM_IN, look::zoomIn);
        scene.getAccelerators().put(ZOOM_OUT, look::zoomOut);
        scene.getAccelerators().put(ZOOM_RESET, look::resetZoom);
    }

    /** The window. */
    public Stage stage() {
        return stage;
    }

    /** The view inside it. */
    public CompareView view() {
        return view;
    }
}
