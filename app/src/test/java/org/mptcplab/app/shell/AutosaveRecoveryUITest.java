package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.editor.ScenarioEditorView;
import org.mptcplab.app.files.JsonRecentFilesStore;
import org.mptcplab.app.files.RecentFiles;
import org.mptcplab.app.files.ScriptedDialogs;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.app.recovery.Autosave;
import org.mptcplab.app.recovery.AutosaveStore;
import org.mptcplab.app.recovery.ManualTimer;
import org.mptcplab.app.recovery.WindowRecovery;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An edit in the editor is autosaved; a "crash" (a second window on the same folders, the first never
 * closed) offers it back; saving removes the autosave; quitting asks about unsaved edits.
 */
class AutosaveRecoveryUITest {
    private final FxRobot robot = new FxRobot();
    private ManualTimer timer;
    @TempDir
    Path dir;
    private AutosaveStore store;
    private Path file;
    private final List<Session> sessions = new ArrayList<>();

    /** One window with its own view-models on the shared folders. */
    private record Session(MainWindow window, ShellViewModel model, ScriptedDialogs dialogs, FakeFileChooser chooser) {
    }

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        store = new AutosaveStore(dir.resolve("state").resolve("autosave"));
        file = dir.resolve("fixed.json");
        Files.writeString(file, ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-mptcp-fixed")));
        // Autosave times are compared with file times: the fake clock starts just after the file was written.
        timer = new ManualTimer(Files.getLastModifiedTime(file).toMillis() + 1_000);
    }

    @AfterEach
    void close() throws TimeoutException {
        // Stops the runs' background work before the windows go.
        sessions.forEach(s -> robot.interact(s.model()::closeRun));
        FxToolkit.cleanupStages();
    }

    private Session session(ScriptedDialogs dialogs) throws Exception {
        ShellViewModel model = new ShellViewModel(AppInfo.version(), Catalog.entries(), Themes.LIGHT);
        FakeFileChooser chooser = new FakeFileChooser();
        RecentFiles recent = new RecentFiles(new JsonRecentFilesStore(dir.resolve("recent.json")), 4);
        WindowRecovery recovery = new WindowRecovery(store, timer::now, timer, dialogs, ZoneOffset.UTC);
        MainWindow[] made = new MainWindow[1];
        robot.interact(() -> {
            made[0] = new MainWindow(new Stage(), model, chooser, dialogs, recent, recovery);
            made[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Session session = new Session(made[0], model, dialogs, chooser);
        sessions.add(session);
        return session;
    }

    /** Opens the file, opens the editor and changes the load balancer's hash function. */
    private ScenarioEditorView openAndEdit(Session s) {
        s.chooser().then(file);
        robot.interact(() -> s.window().openFile());
        robot.interact(() -> s.window().editScenario());
        ScenarioEditorView editor = robot.lookup("#scenario-editor").queryAs(ScenarioEditorView.class);
        robot.interact(() -> {
            editor.model().select("lb");
            editor.model().edit("hash.function", "toeplitz");
        });
        return editor;
    }

    /** {@link #openAndEdit}, then the window holding the edited run. */
    private Stage editedWindow(Session s) {
        openAndEdit(s);
        return (Stage) robot.lookup("#timelines-pane").query().getScene().getWindow();
    }

    private static String hash(Scenario s) {
        return ((LoadBalancerSpec) s.node("lb").orElseThrow()).hashFunction();
    }

    @Test
    void anEditIsAutosavedAndOfferedBackAfterACrashThenSavingRemovesIt() throws Exception {
        Session first = session(new ScriptedDialogs());
        ScenarioEditorView editor = openAndEdit(first);
        assertThat(((Stage) editor.getScene().getWindow()).getTitle()).isEqualTo("Scenario editor * (unsaved edits)");

        assertThat(store.list()).singleElement().satisfies(a -> {
            assertThat(a.origin()).isEqualTo(file);
            assertThat(ScenarioLoader.parse("a", a.scenarioJson())).extracting(AutosaveRecoveryUITest::hash)
                    .isEqualTo("toeplitz");
        });
        timer.advanceTo(timer.now() + 60_000);

        Session second = session(new ScriptedDialogs().answer("recover", "Recover"));

        assertThat(second.dialogs().questions()).singleElement().satisfies(
                q -> assertThat(q.title()).isEqualTo("Recover 1 unsaved scenario?"));
        ScenarioRunSource shown = (ScenarioRunSource) second.model().runProperty().get();
        assertThat(hash(shown.scenario())).isEqualTo("toeplitz");
        assertThat(second.window().files().getFile()).isEqualTo(file);
        assertThat(second.window().files().isDirty()).isTrue();
        assertThat(second.model().getStatus()).contains("recovered autosave");

        robot.interact(() -> second.window().save());

        assertThat(store.list()).isEmpty();
        assertThat(hash(ScenarioLoader.load(file))).isEqualTo("toeplitz");
    }

    @Test
    void quitWithUnsavedEditsAsksAndCancelKeepsTheWindowThenDiscardRemovesTheAutosave() throws Exception {
        Session s = session(new ScriptedDialogs().answer("unsaved-edits", "Cancel")
                .answer("unsaved-edits", "Discard"));
        Stage stage = editedWindow(s);
        assertThat(store.list()).hasSize(1);

        robot.interact(() -> s.window().quit());
        assertThat(stage.isShowing()).isTrue();
        assertThat(store.list()).hasSize(1);

        robot.interact(() -> s.window().quit());
        assertThat(stage.isShowing()).isFalse();
        assertThat(store.list()).isEmpty();
        assertThat(s.dialogs().questionIds()).containsExactly("unsaved-edits", "unsaved-edits");
    }

    @Test
    void closingTheWindowFromTheWindowManagerAsksTooAndSaveWritesTheFile() throws Exception {
        Session s = session(new ScriptedDialogs().answer("unsaved-edits", "Cancel")
                .answer("unsaved-edits", "Save"));
        Stage stage = editedWindow(s);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isTrue();

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isFalse();
        assertThat(hash(ScenarioLoader.load(file))).isEqualTo("toeplitz");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void aCleanQuitAfterSavingLeavesNothingToRecover() throws Exception {
        Session s = session(new ScriptedDialogs());
        openAndEdit(s);
        robot.interact(() -> s.window().save());
        robot.interact(() -> s.window().quit());

        Session next = session(new ScriptedDialogs());

        assertThat(store.list()).extracting(Autosave::key).isEmpty();
        assertThat(next.dialogs().questions()).isEmpty();
    }
}
