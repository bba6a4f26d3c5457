package org.mptcplab.app.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.mptcplab.app.compare.ComparePair;
import org.mptcplab.app.compare.CompareWindow;
import org.mptcplab.app.diagram.fx.DiagramLook;
import org.mptcplab.app.editor.BranchDialog;
import org.mptcplab.app.editor.ScenarioEditorView;
import org.mptcplab.app.editor.ScenarioEditorViewModel;
import org.mptcplab.app.export.gui.CompareExport;
import org.mptcplab.app.export.gui.ExportGui;
import org.mptcplab.app.export.gui.FileDrop;
import org.mptcplab.app.export.gui.ReopenRequest;
import org.mptcplab.app.export.gui.ShownRun;
import org.mptcplab.app.export.gui.StepSeeker;
import org.mptcplab.app.files.FileChooserPort;
import org.mptcplab.app.files.FxFileChooser;
import org.mptcplab.app.files.FxUserDialogs;
import org.mptcplab.app.files.FxWindowGuards;
import org.mptcplab.app.files.JsonRecentFilesStore;
import org.mptcplab.app.files.RecentFiles;
import org.mptcplab.app.files.ScenarioFilesViewModel;
import org.mptcplab.app.files.UnsavedWork;
import org.mptcplab.app.files.UserDialogs;
import org.mptcplab.app.lesson.LessonWindow;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.app.recovery.WindowRecovery;
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
    private LessonWindow lessons;
    private ScenarioEditorViewModel editorModel;
    private final WindowRecovery recovery;
    private FxWindowGuards guards;
    private final ExportGui export;

    /**
     * Builds the scene into {@code stage} with the recent-files list in the platform configuration
     * folder and the platform's file dialogs; call {@link #show()} to display it.
     */
    public MainWindow(Stage stage, ShellViewModel model) {
        this(stage, model, new FxFileChooser(() -> stage), new FxUserDialogs(() -> stage),
                new RecentFiles(JsonRecentFilesStore.inConfigDir(), RecentFiles.DEFAULT_LIMIT),
                WindowRecovery.platform(new FxUserDialogs(() -> stage)));
    }

    /** Builds the scene with the given file chooser, dialogs and recent list (tests pass fakes). */
    public MainWindow(Stage stage, ShellViewModel model, FileChooserPort chooser, UserDialogs dialogs,
            RecentFiles recent) {
        this(stage, model, chooser, dialogs, recent, null);
    }

    /** As above, with autosave and crash recovery through {@code recovery} (null: none). */
    public MainWindow(Stage stage, ShellViewModel model, FileChooserPort chooser, UserDialogs dialogs,
            RecentFiles recent, WindowRecovery recovery) {
        this.stage = stage;
        this.model = model;
        this.dialogs = dialogs;
        this.recovery = recovery;
        this.files = new ScenarioFilesViewModel(chooser, dialogs, recent,
                recovery == null ? UnsavedWork.NONE : recovery.unsavedWork());

        root.getStyleClass().add("shell");
        root.setTop(ShellMenus.create(model, this, stage.fullScreenProperty(), recent.files()));
        WelcomePane welcome = new WelcomePane(model);
        welcome.onOpenLessons(() -> openLessons(false));
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
        guards = FxWindowGuards.install(stage, files, model::runScenario);
        export = ExportGui.forWindow(() -> stage, chooser, dialogs, this::shownRun, model.getVersion());
        export.setOnStatus(model::showStatus);
        // Installed after the guards: they open dropped scenario files, this reopens dropped figures.
        FileDrop.install(scene, this::openPath);
        // An editor left open on a scenario that was replaced (opened, reloaded) would edit a stale copy.
        files.scenarioProperty().addListener((o, was, now) -> {
            if (editorStage != null && editorModel != null && now != editorModel.getScenario()) {
                editorStage.hide();
            }
        });
    }

    /** Shows the window and centres it on screen. */
    public void show() {
        stage.centerOnScreen();
        stage.show();
        if (recovery != null) {
            // After the first frame, so the dialog has a visible owner.
            Platform.runLater(() -> recovery.offer(files).ifPresent(r -> model.runScenario(r.opened(),
                    "a recovered autosave")));
        }
    }

    @Override
    public void quit() {
        // Closing the last window ends Application.launch, so the command line can exit normally.
        if (guards.mayClose()) {
            stage.close();
        }
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
    public void openLessons(boolean presenter) {
        openLesson(null, presenter);
    }

    @Override
    public void openCompare() {
        String shown = model.runProperty().get() == null ? null : model.runProperty().get().id();
        CompareExport.install(export, CompareWindow.open(stage, shown, stage.getScene().getStylesheets()));
    }

    /** Opens the compare view on built-in scenarios {@code leftId} and {@code rightId} ({@code gui --compare}). */
    public void openCompare(String leftId, String rightId) {
        CompareExport.install(export, CompareWindow.open(stage, ComparePair.builtIn(leftId, rightId),
                stage.getScene().getStylesheets()));
    }

    /** Opens the lesson player (one window), on lesson {@code id} when not null. */
    public void openLesson(String id, boolean presenter) {
        if (lessons == null || !lessons.stage().isShowing()) {
            lessons = LessonWindow.open(stage, id, presenter, model.getTheme());
            return;
        }
        if (id != null) {
            lessons.openLesson(id);
        }
        lessons.setPresenter(presenter);
        lessons.show();
    }

    @Override
    public void zoomDiagrams(int steps) {
        DiagramLook look = DiagramLook.of(stage.getScene());
        if (steps == 0) {
            look.resetZoom();
        }
        for (int i = 0; i < Math.abs(steps); i++) {
            if (steps > 0) {
                look.zoomIn();
            } else {
                look.zoomOut();
            }
        }
        model.showStatus(String.format(java.util.Locale.ROOT, "Diagram zoom %.0f %%.", look.getZoom() * 100));
    }

    @Override
    public void showAbout() {
        AboutDialog.create(stage, model).showAndWait();
    }

    @Override
    public void openFile() {
        export.chooseOpen().ifPresent(this::openPath);
    }

    /** Opens a scenario file, or reopens an exported figure at its scenario and step. */
    private void openPath(Path file) {
        if (!export.reopen(file, this::reopen)) {
            files.open(file).ifPresent(s -> model.runScenario(s, file.getFileName().toString()));
        }
    }

    private boolean reopen(ReopenRequest r) {
        if (!files.readyToLeave()) {
            return false;
        }
        model.runScenario(r.scenario(), r.origin());
        if (root.getCenter() instanceof TimelinesPane pane) {
            StepSeeker.seekWhenLoaded(pane.current().playback(), r.step());
        }
        return true;
    }

    /** The run the window shows, for exports; empty on the scenario list. */
    private Optional<ShownRun> shownRun() {
        if (!(root.getCenter() instanceof TimelinesPane pane) || model.runProperty().get() == null) {
            return Optional.empty();
        }
        return Optional.of(new ShownRun(pane.timelines() == null ? model.runProperty().get()
                : pane.timelines().getSelected().source(), pane.current().playback()));
    }

    @Override
    public void exportFigure() {
        export.exportFigure();
    }

    @Override
    public void exportPcap() {
        export.exportPcap();
    }

    @Override
    public void exportCsv() {
        export.exportCsv();
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
        editorModel = editor;
        // Every edit reaches the files view-model (dirty flag, autosave) while it still holds this scenario.
        editor.scenarioProperty().addListener((o, was, now) -> {
            if (files.getScenario() == was) {
                files.edit(now);
            }
        });
        editor.setOnRun(edited -> model.runScenario(edited, "the editor"));
        if (editorStage == null) {
            editorStage = new Stage();
            editorStage.initOwner(stage);
            // The star is the usual "unsaved" mark; autosave (when on) still protects the edits.
            editorStage.titleProperty().bind(javafx.beans.binding.Bindings.when(files.dirtyProperty())
                    .then("Scenario editor * (unsaved edits)").otherwise("Scenario editor"));
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

    /** Close prompt, focus check and drop handling of this window. */
    FxWindowGuards guards() {
        return guards;
    }

    private static void applyTheme(Scene scene, String theme) {
        scene.getStylesheets().setAll(Themes.stylesheet(theme).toExternalForm());
    }
}
