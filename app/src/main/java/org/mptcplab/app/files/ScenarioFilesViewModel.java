package org.mptcplab.app.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioWriter;

/**
 * The File menu's state and commands: the scenario being worked on (a {@link WorkingCopy}: its file,
 * what that file held when last read or written, whether it was edited since) and the recent files.
 *
 * <p>A file that does not load is reported through {@link UserDialogs} with its location (file, line,
 * column, field) and nothing else changes ({@link ScenarioReads}). Edits ({@link #edit}) make the
 * scenario "dirty" and are passed to {@link UnsavedWork} (the autosaver). A file changed by another
 * program is noticed on {@link #checkDisk()} and before saving over it, which then asks first
 * ({@link DiskCheck}).
 */
public final class ScenarioFilesViewModel {
    static final String OPEN_FAILED = "Cannot open scenario";
    static final String SAVE_FAILED = "Cannot save scenario";
    private final FileChooserPort chooser;
    private final UserDialogs dialogs;
    private final RecentFiles recent;
    private final DiskCheck disk;
    private final ScenarioReads reads;
    private final WorkingCopy copy;

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
        this.disk = new DiskCheck(dialogs);
        this.reads = new ScenarioReads(dialogs, OPEN_FAILED);
        this.copy = new WorkingCopy(Objects.requireNonNull(unsaved, "unsaved"), disk);
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
        Optional<Scenario> loaded = reads.load(path).filter(s -> readyToLeave());
        loaded.ifPresent(s -> {
            copy.show(s, path.toAbsolutePath().normalize(), s);
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

    /** Makes {@code s} the current, unedited scenario, remembering {@code from} (null when it has no file). */
    public void adopt(Scenario s, Path from) {
        copy.show(Objects.requireNonNull(s, "scenario"), from == null ? null : from.toAbsolutePath().normalize(), s);
    }

    /**
     * Makes {@code s} the current scenario with unsaved work: recovered after a crash, {@code origin}
     * being the file it was edited from (null when none). The origin's content, if it still loads, is
     * what the scenario is compared with.
     */
    public void recover(Scenario s, Path origin) {
        Path from = origin == null ? null : origin.toAbsolutePath().normalize();
        copy.show(s, from, ScenarioReads.quietly(from));
    }

    /** An edit of the current scenario (from the editor): it becomes current and, if new, unsaved. */
    public void edit(Scenario edited) {
        copy.edit(Objects.requireNonNull(edited, "edited"));
    }

    /** Saves to the current file, or asks for one first; true when the scenario was written. */
    public boolean save() {
        if (copy.scenario() == null) {
            return false;
        }
        return copy.file() == null ? saveAs() : write(copy.file());
    }

    /** Asks for a file and saves there; true when the scenario was written. */
    public boolean saveAs() {
        Scenario s = copy.scenario();
        if (s == null) {
            return false;
        }
        Optional<Path> target = chooser.chooseSave(s.id() + ".json");
        return target.isPresent() && write(target.get());
    }

    private boolean write(Path target) {
        Path normal = target.toAbsolutePath().normalize();
        if (normal.equals(copy.file()) && disk.changedSinceRead(normal) && !confirmOverwrite(normal)) {
            return false;
        }
        byte[] bytes = ScenarioWriter.toJson(copy.scenario()).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(normal, out -> out.write(bytes));
        } catch (IOException e) {
            dialogs.showError(SAVE_FAILED, "Cannot save to " + normal + ": " + LoadProblems.describe(e)
                    + "\n\nThe file on disk was not changed; your version is still open.");
            return false;
        }
        recent.add(normal);
        copy.written(normal);
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
        Path f = copy.file();
        if (f == null || disk.ask(f) != DiskCheck.Answer.RELOAD) {
            return Optional.empty();
        }
        Optional<Scenario> reloaded = reads.load(f);
        reloaded.ifPresent(s -> copy.show(s, f, s));
        return reloaded;
    }

    /**
     * Before the open scenario is replaced or the window closes: when it has unsaved edits, asks
     * Save / Discard / Cancel. True when it is fine to go on (saved, discarded, or nothing unsaved).
     */
    public boolean readyToLeave() {
        if (!copy.isDirty()) {
            return true;
        }
        String name = copy.file() == null ? "'" + copy.scenario().id() + "' (never saved)" : copy.file().toString();
        String answer = dialogs.ask(FileQuestions.unsavedEdits(name)).orElse(FileQuestions.CANCEL);
        if (FileQuestions.SAVE.equals(answer)) {
            return save();
        }
        if (FileQuestions.DISCARD.equals(answer)) {
            copy.discarded();
            return true;
        }
        return false;
    }

    /** The scenario being worked on, or null before any was opened. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return copy.scenarioProperty();
    }

    public Scenario getScenario() {
        return copy.scenario();
    }

    /** The file of the current scenario, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return copy.fileProperty();
    }

    public Path getFile() {
        return copy.file();
    }

    /** Whether the scenario differs from what its file holds (or was edited and never saved). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return copy.dirtyProperty();
    }

    public boolean isDirty() {
        return copy.isDirty();
    }

    /** The recent files. */
    public RecentFiles recent() {
        return recent;
    }
}
