package org.mptcplab.app.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;

/**
 * The File menu's state: the scenario being worked on, the file it came from (null for a built-in or
 * edited-but-never-saved scenario) and the recent files. A file that does not load is reported through
 * {@link UserDialogs} with the loader's one-line message, and nothing else changes.
 */
public final class ScenarioFilesViewModel {
    static final String OPEN_FAILED = "Cannot open scenario";
    static final String SAVE_FAILED = "Cannot save scenario";
    private final FileChooserPort chooser;
    private final UserDialogs dialogs;
    private final RecentFiles recent;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();

    /** A view-model asking {@code chooser} for files and reporting failures with {@code dialogs}. */
    public ScenarioFilesViewModel(FileChooserPort chooser, UserDialogs dialogs, RecentFiles recent) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recent = Objects.requireNonNull(recent, "recent");
    }

    /** Asks for a file and opens it; the loaded scenario, or empty when cancelled or refused. */
    public Optional<Scenario> open() {
        return chooser.chooseOpen().flatMap(this::open);
    }

    /**
     * Opens {@code path}: on success it becomes the current scenario and file and moves to the front
     * of the recent list; on failure the error dialog shows the loader's message and the current
     * scenario and file stay as they were.
     */
    public Optional<Scenario> open(Path path) {
        Scenario loaded;
        try {
            loaded = ScenarioLoader.load(path);
        } catch (ScenarioLoadException e) {
            dialogs.showError(OPEN_FAILED, e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            dialogs.showError(OPEN_FAILED, path + ": cannot read the file (" + describe(e) + ")");
            return Optional.empty();
        }
        scenario.set(loaded);
        file.set(path.toAbsolutePath().normalize());
        recent.add(path);
        return Optional.of(loaded);
    }

    /** Makes {@code s} the current scenario, remembering {@code from} (null when it has no file yet). */
    public void adopt(Scenario s, Path from) {
        scenario.set(Objects.requireNonNull(s, "scenario"));
        file.set(from == null ? null : from.toAbsolutePath().normalize());
    }

    /** Saves to the current file, or asks for one first; true when the scenario was written. */
    public boolean save() {
        if (scenario.get() == null) {
            return false;
        }
        return file.get() == null ? saveAs() : write(file.get());
    }

    /** Asks for a file and saves there; true when the scenario was written. */
    public boolean saveAs() {
        Scenario s = scenario.get();
        if (s == null) {
            return false;
        }
        Optional<Path> target = chooser.chooseSave(s.id() + ".json");
        return target.isPresent() && write(target.get());
    }

    private boolean write(Path target) {
        try {
            AtomicFiles.write(target, ScenarioWriter.toJson(scenario.get()));
        } catch (IOException e) {
            dialogs.showError(SAVE_FAILED, target + ": " + describe(e));
            return false;
        }
        file.set(target.toAbsolutePath().normalize());
        recent.add(target);
        return true;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }

    /** The scenario being worked on, or null before any was opened. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario getScenario() {
        return scenario.get();
    }

    /** The file of the current scenario, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /** The recent files. */
    public RecentFiles recent() {
        return recent;
    }
}
