package org.mptcplab.app.lesson;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.mptcplab.app.diagram.fx.DiagramLook;
import org.mptcplab.app.playback.Background;
import org.mptcplab.assets.Themes;

/**
 * The lesson player's window, and the one entry point the shell calls ({@link #open}). Presenter
 * mode (F5, the toolbar button or {@code gui --lesson ID --presenter}) goes full screen with the
 * high-contrast theme and large type and hides the list and inspectors (I shows them).
 */
public final class LessonWindow {
    /** Key in the main stage's properties under which the application leaves a URL opener. */
    public static final String SHOW_DOCUMENT_KEY = "mptcplab.showDocument";
    private static final Executor BACKGROUND = Background.daemon("lesson-step-run");
    private static final double WIDTH = 1440;
    private static final double HEIGHT = 900;
    private final Stage stage;
    private final String theme;
    private final PresenterState presenter = new PresenterState();
    private final LessonWorkspace workspace;
    private final PresenterLayer layer;
    private final ToolBar toolbar;

    /**
     * Builds the window into {@code stage} (tests pass fakes for the link dialog and the browser).
     *
     * @param confirm  asks whether to open a URL (a dialog naming it)
     * @param browser  opens a confirmed http(s) URL
     * @param executor where step runs are recorded
     */
    public LessonWindow(Stage stage, ProgressStore store, String student, String theme, Predicate<String> confirm,
            Consumer<String> browser, Executor executor) {
        this.stage = stage;
        this.theme = theme;
        LinkPolicy links = new LinkPolicy(confirm, browser, this::tell);
        workspace = new LessonWorkspace(new LessonLibrary(store), student, executor, links, this::chooseFile);
        layer = new PresenterLayer(workspace, presenter);
        ToggleButton toggle = new ToggleButton("Presenter mode (F5)");
        toggle.setId("presenter-toggle");
        toggle.setTooltip(new Tooltip("Full screen, large type, high contrast; clicker keys Page Down / Page Up,"
                + " B blanks the screen, P shows a pointer, I shows the inspectors"));
        toggle.selectedProperty().bindBidirectional(presenter.onProperty());
        Label keys = new Label("Page Down / Page Up: next / previous step  \u00b7  Right / Left: step the run"
                + "  \u00b7  Home: the step's point  \u00b7  I: inspectors");
        keys.getStyleClass().add("lesson-hint");
        toolbar = new ToolBar(toggle, keys);
        toolbar.visibleProperty().bind(presenter.onProperty().not());
        toolbar.managedProperty().bind(toolbar.visibleProperty());
        BorderPane root = new BorderPane(layer);
        root.setTop(toolbar);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A 1280x800 projector (and the headless test screen) must hold the whole window.
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                setPresenter(!presenter.isOn());
                e.consume();
            }
        });
        presenter.onProperty().addListener((o, a, on) -> applyPresenter(on));
        stage.setScene(scene);
        stage.setTitle("MPTCP Lab \u2014 Lessons");
        stage.setOnHidden(e -> workspace.close());
        stage.setFullScreenExitHint("Esc leaves full screen \u00b7 F5 leaves presenter mode \u00b7 B blank \u00b7"
                + " P pointer \u00b7 I inspectors");
        stage.setFullScreenExitKeyCombination(KeyCombination.keyCombination("Esc"));
        applyPresenter(false);
    }

    /**
     * Opens the lesson player owned by {@code owner}, on lesson {@code lessonId} when not null, in
     * presenter mode when asked. Progress goes to the user's configuration folder; links open through
     * the URL opener the application left in {@code owner}'s properties ({@link #SHOW_DOCUMENT_KEY}).
     */
    @SuppressWarnings("unchecked")
    public static LessonWindow open(Stage owner, String lessonId, boolean presenterMode, String theme) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Object opener = owner == null ? null : owner.getProperties().get(SHOW_DOCUMENT_KEY);
        Consumer<String> browser = opener instanceof Consumer<?> c ? (Consumer<String>) c : url -> { };
        LessonWindow w = new LessonWindow(stage, ProgressStore.inConfigDir(),
                System.getProperty("user.name", "student"), theme, new FxLinkConfirm(stage), browser, BACKGROUND);
        if (lessonId != null) {
            w.openLesson(lessonId);
        }
        w.show();
        w.setPresenter(presenterMode);
        return w;
    }

    /** Shows the window. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Opens lesson {@code id} from the list; false when it is not listed. */
    public boolean openLesson(String id) {
        return workspace.open(id);
    }

    /** Enters or leaves presenter mode. */
    public void setPresenter(boolean on) {
        presenter.setOn(on);
    }

    private void applyPresenter(boolean on) {
        stage.getScene().getStylesheets().setAll(Themes.stylesheet(on ? Themes.HIGH_CONTRAST : theme).toExternalForm(),
                LessonWindow.class.getResource("lesson.css").toExternalForm());
        // The stylesheet gives the diagrams their high-contrast palette; the zoom gives them presenter-size type.
        DiagramLook.of(stage.getScene()).setZoom(on ? DiagramLook.PRESENTER_ZOOM : 1);
        stage.setFullScreen(on);
    }

    private void tell(String sentence) {
        if (workspace.player() != null) {
            workspace.player().model().tell(sentence);
        }
    }

    private Optional<Path> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a lesson file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lesson files (*.json)", "*.json"));
        File f = chooser.showOpenDialog(stage);
        return Optional.ofNullable(f).map(File::toPath);
    }

    public Stage stage() {
        return stage;
    }

    public LessonWorkspace workspace() {
        return workspace;
    }

    public PresenterState presenter() {
        return presenter;
    }

    public PresenterLayer layer() {
        return layer;
    }
}
