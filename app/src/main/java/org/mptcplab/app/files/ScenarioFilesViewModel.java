package org.mptcplab.app.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.mptcplab.lessons.scenario.ScenarioWriter;

/**
 * The File menu's state: the scenario being worked on, the file it came from (null for a built-in or
 * never-saved scenario), what that file held when last read or written, and the recent files.
 *
 * <p>A file that does not load is reported through {@link UserDialogs} with its location (file, line,
 * column, field) and nothing else changes. Edits ({@link #edit}) make the scenario "dirty" and are
 * passed to {@link UnsavedWork} (the autosaver). A file changed by another
 * program is noticed on {@link #checkDisk()} and before saving over it, which then asks first.
 */
public final class ScenarioFilesViewModel {
    static final String OPEN_FAILED = "Cannot open scenario";
    static final String SAVE_FAILED = "Cannot save scenario";
    private final FileChooserPort chooser;
    private final UserDialogs dialogs;
    private final RecentFiles recent;
    private final UnsavedWork unsaved;
    private final DiskCheck disk;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private Scenario saved;

    /** A view-model without autosave. */
    public ScenarioFilesViewModel(FileChooserPort chooser, UserDialogs dialogs, RecentFiles recent) {
        this(chooser, dialogs, recent, UnsavedWork.NONE);
    }

    /** A view-model asking {@code chooser} for files, {@code dialogs} for answers, telling {@code unsaved}. */
    public ScenarioFilesViewModel(FileChooserPort chooser, UserDialogs dialogs, RecentFiles recent,
            UnsavedWork unsaved) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.unsaved = Objects.requireNonNull(unsaved, "unsaved");
        this.disk = new DiskCheck(dialogs);
    }

    /** Asks for a file and opens it; the loaded scenario, or empty when cancelled or refused. */
    public Optional<Scenario> open() {
        return chooser.chooseOpen().flatMap(this::open);
    }

    /**
     * Opens {@code path}: on success it becomes the current scenario and file and moves to the front
     * of the recent list; on failure the error dialog shows where the file is wrong and the current
     * scenario and file stay as they were. Unsaved edits are asked about only once the file has loaded,
     * so a broken file never costs them.
     */
    public Optional<Scenario> open(Path path) {
        Optional<Scenario> loaded = load(path).filter(s -> readyToLeave());
        loaded.ifPresent(s -> {
            show(s, path.toAbsolutePath().normalize(), s);
            recent.add(path);
        });
        return loaded;
    }

    /** Opens the first {@code .json} file of a drag-and-drop; empty when there is none or it fails. */
    public Optional<Scenario> openDropped(List<Path> dropped) {
        return dropped.stream().filter(ScenarioFilesViewModel::isScenarioFile).findFirst().flatMap(this::open);
    }

    /** Whether a dropped file looks like a scenario (by its name; the loader decides the rest). */
    public static boolean isScenarioFile(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private Optional<Scenario> load(Path path) {
        try {
            return Optional.of(ScenarioLoader.load(path));
        } catch (ScenarioLoadException e) {
            dialogs.showError(OPEN_FAILED, LoadProblems.located(e));
        } catch (IOException e) {
            dialogs.showError(OPEN_FAILED, LoadProblems.unreadable(path, e));
        } catch (RuntimeException e) {
            dialogs.showError(OPEN_FAILED, LoadProblems.unexpected(path, e));
        }
        return Optional.empty();
    }

    /** Makes {@code s} the current, unedited scenario, remembering {@code from} (null when it has no file). */
    public void adopt(Scenario s, Path from) {
        show(Objects.requireNonNull(s, "scenario"), from == null ? null : from.toAbsolutePath().normalize(), s);
    }

    /**
     * Makes {@code s} the current scenario with unsaved work: recovered after a crash, {@code origin}
     * being the file it was edited from (null when none). The origin's content, if it still loads, is
     * what the scenario is compared with.
     */
    public void recover(Scenario s, Path origin) {
        Path from = origin == null ? null : origin.toAbsolutePath().normalize();
        Scenario onDisk = null;
        if (from != null && Files.isRegularFile(from)) {
            try {
                onDisk = ScenarioLoader.load(from);
            } catch (IOException | ScenarioLoadException | RuntimeException e) {
                // The file went bad meanwhile: the recovered version is all the user has.
            }
        }
        show(s, from, onDisk);
    }

    /** An edit of the current scenario (from the editor): it becomes current and, if new, unsaved. */
    public void edit(Scenario edited) {
        Objects.requireNonNull(edited, "edited");
        if (scenario.get() == null || edited == scenario.get()) {
            return;
        }
        scenario.set(edited);
        refreshDirty();
    }

    private void show(Scenario s, Path from, Scenario onDisk) {
        if (scenario.get() != null) {
            unsaved.replaced();
        }
        saved = onDisk;
        file.set(from);
        disk.track(from);
        scenario.set(s);
        refreshDirty();
    }

    private void refreshDirty() {
        dirty.set(!scenario.get().equals(saved));
        if (dirty.get()) {
            unsaved.changed(file.get(), scenario.get());
        } else {
            unsaved.settled();
        }
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
        Path normal = target.toAbsolutePath().normalize();
        if (normal.equals(file.get()) && disk.changedSinceRead(normal) && !confirmOverwrite(normal)) {
            return false;
        }
        byte[] bytes = ScenarioWriter.toJson(scenario.get()).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(normal, out -> out.write(bytes));
        } catch (IOException e) {
            dialogs.showError(SAVE_FAILED, "Cannot save to " + normal + ": " + LoadProblems.describe(e)
                    + "\n\nThe file on disk was not changed; your version is still open.");
            return false;
        }
        saved = scenario.get();
        file.set(normal);
        disk.track(normal);
        recent.add(normal);
        refreshDirty();
        return true;
    }

    private boolean confirmOverwrite(Path target) {
        return dialogs.ask(FileQuestions.overwriteChanged(target)).filter(FileQuestions.OVERWRITE::equals).isPresent();
    }

    /**
     * Looks whether the current file changed on disk (call when the window regains focus) and, if so,
     * asks Reload / Keep mine. The reloaded scenario, when the user chose Reload and it loaded.
     */
    public Optional<Scenario> checkDisk() {
        Path f = file.get();
        if (f == null || disk.ask(f) != DiskCheck.Answer.RELOAD) {
            return Optional.empty();
        }
        Optional<Scenario> reloaded = load(f);
        reloaded.ifPresent(s -> show(s, f, s));
        return reloaded;
    }

    /**
     * Before the open scenario is replaced or the window closes: when it has unsaved edits, asks
     * Save / Discard / Cancel. True when it is fine to go on (saved, discarded, or nothing unsaved).
     */
    public boolean readyToLeave() {
        if (!dirty.get()) {
            return true;
        }
        String name = file.get() == null ? "'" + scenario.get().id() + "' (never saved)" : file.get().toString();
        String answer = dialogs.ask(FileQuestions.unsavedEdits(name)).orElse(FileQuestions.CANCEL);
        if (FileQuestions.SAVE.equals(answer)) {
            return save();
        }
        if (FileQuestions.DISCARD.equals(answer)) {
            unsaved.settled();
            return true;
        }
        return false;
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

    /** Whether the scenario differs from what its file holds (or was edited and never saved). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The recent files. */
    public RecentFiles recent() {
        return recent;
    }
}
