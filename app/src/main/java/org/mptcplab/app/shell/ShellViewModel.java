package org.mptcplab.app.shell;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.playback.DemoRuns;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.engine.scenario.Scenario;

/**
 * State of the main window: title, version, status line, theme, scenario list and selection.
 * Plain Java (JavaFX properties only), so it is tested without a window.
 */
public final class ShellViewModel {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(AppInfo.NAME);
    private final ReadOnlyStringWrapper version;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper theme;
    private final ReadOnlyObjectWrapper<Catalog.Entry> selectedScenario = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Catalog.Entry> scenarios;
    private final ReadOnlyObjectWrapper<RunSource> run = new ReadOnlyObjectWrapper<>();

    /**
     * @param version   the version shown in the status bar and the About box
     * @param scenarios the built-in scenarios to list
     * @param theme     the initial theme, one of {@link Themes#names()}
     */
    public ShellViewModel(String version, List<Catalog.Entry> scenarios, String theme) {
        this.version = new ReadOnlyStringWrapper(version);
        this.theme = new ReadOnlyStringWrapper(requireTheme(theme));
        this.scenarios = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(scenarios));
        long runnable = scenarios.stream().filter(Catalog.Entry::runnable).count();
        status.set(runnable == 0
                ? "Ready. " + scenarios.size() + " built-in scenarios; running them is planned (the simulator"
                        + " is being built)."
                : "Ready. " + runnable + " of " + scenarios.size() + " built-in scenarios can run.");
    }

    /**
     * Selects a built-in scenario and says in the status line what happens to it. Unknown ids
     * leave the selection unchanged.
     */
    public void openScenario(String id) {
        Optional<Catalog.Entry> entry = scenarios.stream().filter(e -> e.id().equals(id)).findFirst();
        if (entry.isEmpty()) {
            status.set("Unknown scenario '" + id + "'.");
            return;
        }
        selectedScenario.set(entry.get());
        status.set(entry.get().runnable()
                ? "Scenario '" + id + "' selected; press Enter to run it."
                : "Scenario '" + id + "' cannot run yet: the simulator's TCP/MPTCP stacks are still being built.");
    }

    /**
     * Opens a built-in scenario in the Run view. Batch experiments ({@code paper-*}) and entries whose
     * bundled file does not build open the hand-built demo run instead, and the status line says why.
     */
    public void openRun(String id) {
        openScenario(id);
        Catalog.Entry entry = selectedScenario.get();
        if (entry == null || !entry.id().equals(id)) {
            return;
        }
        RunSource source;
        String note;
        try {
            source = CatalogueRuns.source(id);
            note = "Running '" + id + "': " + source.title() + ".";
        } catch (CatalogueRuns.NotRunnable e) {
            source = DemoRuns.clientRouterServer(1);
            note = "Scenario '" + id + "' " + e.getMessage() + "; showing the demo run instead: "
                    + source.title() + ".";
        }
        run.set(source);
        status.set(note);
    }

    /**
     * Runs {@code scenario} (opened from a file or edited) with its own seed in the Run view;
     * {@code origin} (a file name, or "editor") completes the status line.
     */
    public void runScenario(Scenario scenario, String origin) {
        RunSource source = new ScenarioRunSource(scenario, scenario.seed());
        run.set(source);
        status.set("Running '" + scenario.id() + "' from " + origin + ": " + scenario.title() + ".");
    }

    /** Leaves the Run view for the scenario list. */
    public void closeRun() {
        run.set(null);
    }

    /** Puts {@code line} in the status bar (what an export wrote, for instance). */
    public void showStatus(String line) {
        status.set(line);
    }

    /** The run shown in the Run view, or null while the scenario list is shown. */
    public ReadOnlyObjectProperty<RunSource> runProperty() {
        return run.getReadOnlyProperty();
    }

    /**
     * Switches the theme.
     *
     * @throws IllegalArgumentException if {@code name} is not one of {@link Themes#names()}
     */
    public void useTheme(String name) {
        theme.set(requireTheme(name));
        status.set("Theme: " + ThemeLabels.label(name) + ".");
    }

    /** Scenario files can be opened (File > Open scenario…). */
    public boolean canOpenScenarioFiles() {
        return true;
    }

    private static String requireTheme(String name) {
        if (!Themes.names().contains(name)) {
            throw new IllegalArgumentException("unknown theme '" + name + "'");
        }
        return name;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public String getVersion() {
        return version.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    public ReadOnlyStringProperty themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public String getTheme() {
        return theme.get();
    }

    public ReadOnlyObjectProperty<Catalog.Entry> selectedScenarioProperty() {
        return selectedScenario.getReadOnlyProperty();
    }

    /** The built-in scenarios, read-only. */
    public ObservableList<Catalog.Entry> getScenarios() {
        return scenarios;
    }
}
