package org.mptcplab.app.shell;

import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.mptcplab.app.editor.BranchDialog;
import org.mptcplab.app.editor.ScenarioEditorView;
import org.mptcplab.app.editor.ScenarioEditorViewModel;
import org.mptcplab.app.files.FileChooserPort;
import org.mptcplab.app.files.FxFileChooser;
import org.mptcplab.app.files.FxUserDialogs;
import org.mptcplab.app.files.JsonRecentFilesStore;
import org.mptcplab.app.files.RecentFiles;
import org.mptcplab.app.files.ScenarioFilesViewModel;
import org.mptcplab.app.files.UserDialogs;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Scenario;

/**
 * The main window: menu bar on top, the welcome view or the {@link RunView} of an opened scenario
 * (inside its {@link TimelinesPane}) in the centre, the status bar at the bottom. Binds to a
 * {@link ShellViewModel} and a {@link ScenarioFilesViewModel}; owns no state of its own beyond the
 * stage and the editor window.
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
    private final ScenarioFilesViewModel files;
    private final UserDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private Stage editorStage;

    /**
     * Builds the scene into {@code stage} with the recent-files list in the platform configuration
     * folder and the platform's file dialogs; call {@link #show()} to display it.
     */
    public MainWindow(Stage stage, ShellViewModel model) {
        this(stage, model, new FxFileChooser(() -> stage), new FxUserDialogs(() -> stage),
                new RecentFiles(JsonRecentFilesStore.inConfigDir(), RecentFiles.DEFAULT_LIMIT));
    }

    /** Builds the scene with the given file chooser, dialogs and recent list (tests pass fakes). */
    public MainWindow(Stage stage, ShellViewModel model, FileChooserPort chooser, UserDialogs dialogs,
            RecentFiles recent) {
        this.stage = stage;
        this.model = model;
        this.dialogs = dialogs;
        this.files = new ScenarioFilesViewModel(chooser, dialogs, recent);

        root.getStyleClass().add("shell");
        root.setTop(ShellMenus.create(model, this, stage.fullScreenProperty(), recent.files()));
        WelcomePane welcome = new WelcomePane(model);
        root.setCenter(welcome);
        model.runProperty().addListener((obs, old, now) -> {
            if (root.getCenter() instanceof TimelinesPane open) {
                open.close();
            }
            if (now instanceof ScenarioRunSource s && s.scenario() != files.getScenario()) {
                files.adopt(s.scenario(), null);
            }
            root.setCenter(now == null ? welcome : new TimelinesPane(now, model::closeRun));
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

    @Override
    public void openFile() {
        files.open().ifPresent(s -> model.runScenario(s, files.getFile().getFileName().toString()));
    }

    @Override
    public void openRecent(Path file) {
        files.open(file).ifPresent(s -> model.runScenario(s, file.getFileName().toString()));
    }

    @Override
    public void save() {
        files.save();
    }

    @Override
    public void saveAs() {
        files.saveAs();
    }

    @Override
    public void editScenario() {
        Scenario s = files.getScenario();
        if (s == null) {
            dialogs.showError("Nothing to edit", "Open a scenario (from the list or a file) first.");
            return;
        }
        ScenarioEditorViewModel editor = new ScenarioEditorViewModel(s);
        editor.setOnRun(edited -> {
            files.adopt(edited, files.getFile());
            model.runScenario(edited, "the editor");
        });
        if (editorStage == null) {
            editorStage = new Stage();
            editorStage.initOwner(stage);
            editorStage.setTitle("Scenario editor");
        }
        Scene scene = new Scene(new ScenarioEditorView(editor), 760, 520);
        scene.getStylesheets().setAll(stage.getScene().getStylesheets());
        editorStage.setScene(scene);
        editorStage.show();
        editorStage.toFront();
    }

    @Override
    public void branchFromHere() {
        if (!(root.getCenter() instanceof TimelinesPane pane) || !pane.canBranch()) {
            dialogs.showError("Cannot branch", "Open a scenario run first; demo runs have no parameters to change.");
            return;
        }
        BranchDialog.ask(stage, pane.current().playback().getCursor()).ifPresent(choice -> {
            try {
                pane.branch(choice.parameter(), choice.value());
            } catch (IllegalArgumentException e) {
                dialogs.showError("Cannot branch", e.getMessage());
            }
        });
    }

    /** The File menu's view-model. */
    ScenarioFilesViewModel files() {
        return files;
    }

    private static void applyTheme(Scene scene, String theme) {
        scene.getStylesheets().setAll(Themes.stylesheet(theme).toExternalForm());
    }
}
