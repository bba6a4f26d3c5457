package org.mptcplab.app.compare;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The compare view in its own window, the shell's single entry point (View > Compare…). Its own
 * window because a lecture shows it next to, or instead of, the main window on the projector.
 */
public final class CompareWindow {
    /** Fits a 1280x800 projector. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
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

    /** Opens a compare window on {@code pair}. */
    public static CompareWindow open(Window owner, ComparePair pair, List<String> stylesheets) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Compare: " + pair.left().id() + " | " + pair.right().id() + " — MPTCP Lab");
        CompareView view = new CompareView(pair);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        view.model().pairProperty().addListener((o, a, p) ->
                stage.setTitle("Compare: " + p.left().id() + " | " + p.right().id() + " — MPTCP Lab"));
        stage.setOnHidden(e -> view.close());
        stage.show();
        return new CompareWindow(stage, view);
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
