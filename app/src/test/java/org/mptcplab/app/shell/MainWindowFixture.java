package org.mptcplab.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.files.JsonRecentFilesStore;
import org.mptcplab.app.files.RecentFiles;
import org.mptcplab.app.files.UserDialogs;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on the TestFX primary stage, with fakes for everything that would reach the
 * desktop: a scripted file chooser, dialogs that record instead of blocking, and a recent-files list in
 * a temporary folder of its own. Register it as an instance field,
 * {@code @RegisterExtension final MainWindowFixture shell = new MainWindowFixture();}: the window shows
 * before the test's {@code @BeforeEach} methods, and after the test the run closes (stopping its
 * background work) before the stages go.
 */
public final class MainWindowFixture implements BeforeEachCallback, AfterEachCallback {
    private final FxRobot robot = new FxRobot();
    private final FakeFileChooser chooser = new FakeFileChooser();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final UserDialogs dialogs;
    private final boolean showFirst;
    private Path dir;
    private ShellViewModel model;
    private RecentFiles recent;
    private MainWindow window;

    /** A window whose error dialogs are recorded, message only, in {@link #errors()}. */
    public MainWindowFixture() {
        this(null, true);
    }

    /** A window showing its dialogs through {@code dialogs} (e.g. scripted answers to questions). */
    public MainWindowFixture(UserDialogs dialogs) {
        this(dialogs, true);
    }

    private MainWindowFixture(UserDialogs dialogs, boolean showFirst) {
        this.dialogs = dialogs != null ? dialogs : (title, message) -> errors.add(message);
        this.showFirst = showFirst;
    }

    /**
     * As {@link #MainWindowFixture(UserDialogs)}, but the test calls {@link #show()} itself (e.g. after
     * filling the recent list).
     */
    public static MainWindowFixture unshown(UserDialogs dialogs) {
        return new MainWindowFixture(dialogs, false);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException, TimeoutException {
        FxToolkit.registerPrimaryStage();
        dir = Files.createTempDirectory("main-window-fixture");
        model = new ShellViewModel(AppInfo.version(), Catalog.entries(), Themes.LIGHT);
        recent = new RecentFiles(new JsonRecentFilesStore(dir.resolve("recent.json")), 4);
        if (showFirst) {
            show();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException, TimeoutException {
        robot.interact(model::closeRun);
        FxToolkit.cleanupStages();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Builds and shows the window on the primary stage. */
    public MainWindowFixture show() throws TimeoutException {
        FxToolkit.setupStage(s -> {
            window = new MainWindow(s, model, chooser, dialogs, recent);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Presses Ctrl+{@code key} and waits for the events it queued. */
    public void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The File menu item with this id. */
    public MenuItem fileMenuItem(String id) {
        return menuItem("menu-file", id);
    }

    /** The item {@code itemId} of the menu {@code menuId} in the showing window's menu bar. */
    public static MenuItem menuItem(String menuId, String itemId) {
        MenuBar bar = new FxRobot().lookup("#menu-bar").queryAs(MenuBar.class);
        Menu menu = bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow();
        return menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    /** The playback of the Run view once its run is recorded. */
    public PlaybackViewModel loadedPlayback() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#run-view").tryQuery()
                .map(v -> !((RunView) v).playback().loadingProperty().get()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#run-view").queryAs(RunView.class).playback();
    }

    /** The shell's view-model. */
    public ShellViewModel model() {
        return model;
    }

    /** The window, once {@link #show()} ran. */
    public MainWindow window() {
        return window;
    }

    /** The chooser the window asks for files; script it with {@link FakeFileChooser#then(Path)}. */
    public FakeFileChooser chooser() {
        return chooser;
    }

    /** The recent-files list the window shows under File > Open recent. */
    public RecentFiles recent() {
        return recent;
    }

    /** Error messages shown, in order, when no dialogs were given to the constructor. */
    public List<String> errors() {
        return errors;
    }
}
