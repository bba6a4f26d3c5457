package org.mptcplab.app.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;

/**
 * The lessons the player offers: the bundled ones in teaching order, then any lesson file the user
 * opened, each with a progress line read from the {@link ProgressStore}. JavaFX collections only.
 */
public final class LessonLibrary {
    private final ProgressStore store;
    private final ObservableList<LessonEntry> entries = FXCollections.observableArrayList();

    /** The bundled lessons with their progress in {@code store}. */
    public LessonLibrary(ProgressStore store) {
        this.store = store;
        try {
            for (Lesson l : LessonLoader.bundled()) {
                entries.add(new LessonEntry(l, null, progressOf(l)));
            }
        } catch (LessonLoadException e) {
            // Bundled lessons are checked by the build; a broken one must not hide the others' list.
            throw new IllegalStateException("a bundled lesson does not load: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the lesson file {@code file} and lists it (replacing a listed lesson with the same id).
     *
     * @throws LessonLoadException with the located message when the file is not a valid lesson
     */
    public LessonEntry open(Path file) throws IOException, LessonLoadException {
        Lesson l = LessonLoader.load(file);
        Path folder = file.toAbsolutePath().getParent();
        LessonEntry entry = new LessonEntry(l, folder, progressOf(l));
        find(l.id()).ifPresentOrElse(old -> entries.set(entries.indexOf(old), entry), () -> entries.add(entry));
        return entry;
    }

    /** The entry of lesson {@code id}. */
    public Optional<LessonEntry> find(String id) {
        return entries.stream().filter(e -> e.lesson().id().equals(id)).findFirst();
    }

    /** Re-reads the progress line of lesson {@code id} (after the player saved). */
    public void refresh(String id) {
        find(id).ifPresent(e -> entries.set(entries.indexOf(e), e.withProgress(progressOf(e.lesson()))));
    }

    /** The listed lessons. */
    public ObservableList<LessonEntry> entries() {
        return entries;
    }

    /** The store progress is read from. */
    public ProgressStore store() {
        return store;
    }

    private String progressOf(Lesson l) {
        LessonProgress p = store.load(l.id(), l.steps().size()).progress();
        long questions = l.steps().stream().filter(s -> s.question() != null).count();
        if (p.step() == 0 && p.answers().isEmpty()) {
            return "not started \u00b7 " + l.steps().size() + " steps";
        }
        return "step " + (p.step() + 1) + " of " + l.steps().size() + " \u00b7 " + p.answers().size() + " of "
                + questions + " questions answered";
    }
}
