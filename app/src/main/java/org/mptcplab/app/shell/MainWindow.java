package org.mptcplab.app.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.mptcplab.assets.Themes;

/**
 * The main window: menu bar on top, the welcome view or the {@link RunView} of an opened scenario
 * in the centre, the status bar at the bottom. Binds to a {@link ShellViewModel} and owns no state of
 * its own beyond the stage.
 */
public final class MainWindow implements ShellActions {

    /** Default size: fits a 1280x800 projector, the smallest common lecture-hall resolution. */
    public static final double DEFAULT_WIDTH = 1280;
    /** Default height, see {@link #DEFAULT_WIDTH}. */
    public static final double DEFAULT_HEIGHT = 800;
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;

    private final Stage stage;
    private final ShellViewModel model;

    /** Builds the scene into {@code stage}; call {@link #show()} to display it. */
    public MainWindow(Stage stage, ShellViewModel model) {
        this.stage = stage;
        this.model = model;

        BorderPane root = new BorderPane();
        root.getStyleClass().add("shell");
        root.setTop(ShellMenus.create(model, this, stage.fullScreenProperty()));
        WelcomePane welcome = new WelcomePane(model);
        root.setCenter(welcome);
        model.runProperty().addListener((obs, old, now) -> {
            if (root.getCenter() instanceof RunView open) {
                open.close();
            }
            root.setCenter(now == null ? welcome : new RunView(now, model::closeRun));
        });
        root.setBottom(new StatusBar(model));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Smaller screens (1024x768 projectors) get a window that still fits.
        Scene scene = new Scene(root, Math.min(DEFAULT_WIDTH, screen.getWidth()),
                Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        applyTheme(scene, model.getTheme());
        model.themeProperty().addListener((obs, old, now) -> applyTheme(scene, now));

        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
    }

    /** Shows the window and centres it on screen. */
    public void show() {
        stage.centerOnScreen();
        stage.show();
    }

    @Override
    public void quit() {
        // Closing the last window ends Application.launch, so the command line can exit normally.
        stage.close();
    }

    @Override
    public void setFullScreen(boolean on) {
        stage.setFullScreen(on);
    }

    @Override
    public void showKeyboardShortcuts() {
        ShortcutsDialog.create(stage).showAndWait();
    }

    @Override
    public void showAbout() {
        AboutDialog.create(stage, model).showAndWait();
    }

    private static void applyTheme(Scene scene, String theme) {
        scene.getStylesheets().setAll(Themes.stylesheet(theme).toExternalForm());
    }
}
