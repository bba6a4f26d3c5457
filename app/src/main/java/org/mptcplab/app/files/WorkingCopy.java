package org.mptcplab.app.files;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mptcplab.engine.scenario.Scenario;

/**
 * The scenario being worked on and what it is compared with: its file (null for a built-in or
 * never-saved scenario), the version that file held when last read or written, whether the two differ
 * ("dirty"), and the {@link DiskCheck} of that file. Tells {@link UnsavedWork} (the autosaver) each
 * time the difference appears, changes or goes. Part of {@link ScenarioFilesViewModel}.
 */
final class WorkingCopy {
    private final UnsavedWork unsaved;
    private final DiskCheck disk;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private Scenario saved;

    WorkingCopy(UnsavedWork unsaved, DiskCheck disk) {
        this.unsaved = unsaved;
        this.disk = disk;
    }

    /**
     * Makes {@code s} the scenario worked on, from file {@code from} (normalised, or null) whose content
     * is {@code onDisk} (null: nothing on disk to compare with).
     */
    void show(Scenario s, Path from, Scenario onDisk) {
        if (scenario.get() != null) {
            unsaved.replaced();
        }
        saved = onDisk;
        file.set(from);
        disk.track(from);
        scenario.set(s);
        refreshDirty();
    }

    /** An edit: {@code edited} becomes the scenario worked on (ignored before any scenario was shown). */
    void edit(Scenario edited) {
        if (scenario.get() == null || edited == scenario.get()) {
            return;
        }
        scenario.set(edited);
        refreshDirty();
    }

    /** The scenario was just written to {@code target} (normalised): that is now its file and content. */
    void written(Path target) {
        saved = scenario.get();
        file.set(target);
        disk.track(target);
        refreshDirty();
    }

    /** The user discarded the unsaved edits (the scenario is about to be replaced or closed). */
    void discarded() {
        unsaved.settled();
    }

    private void refreshDirty() {
        dirty.set(!scenario.get().equals(saved));
        if (dirty.get()) {
            unsaved.changed(file.get(), scenario.get());
        } else {
            unsaved.settled();
        }
    }

    ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    Scenario scenario() {
        return scenario.get();
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    Path file() {
        return file.get();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    boolean isDirty() {
        return dirty.get();
    }
}
