package org.mptcplab.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recent-files list: most recent first, no duplicates, at most {@link #limit()} entries, saved to
 * its {@link RecentFilesStore} after every change.
 */
public final class RecentFiles {
    /** How many files the File menu lists by default. */
    public static final int DEFAULT_LIMIT = 8;
    private final RecentFilesStore store;
    private final int limit;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** A list of at most {@code limit} entries, starting from what {@code store} holds. */
    public RecentFiles(RecentFilesStore store, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.store = store;
        this.limit = limit;
        List<Path> loaded = new ArrayList<>();
        for (Path p : store.load()) {
            Path n = normal(p);
            if (!loaded.contains(n) && loaded.size() < limit) {
                loaded.add(n);
            }
        }
        files.setAll(loaded);
    }

    /** Moves {@code file} to the front (adding it if new) and drops the oldest beyond the limit. */
    public void add(Path file) {
        Path n = normal(file);
        List<Path> next = new ArrayList<>(files);
        next.remove(n);
        next.add(0, n);
        if (next.size() > limit) {
            next.subList(limit, next.size()).clear();
        }
        files.setAll(next);
        store.save(List.copyOf(files));
    }

    /** Forgets {@code file}, e.g. after it failed to open. */
    public void remove(Path file) {
        if (files.remove(normal(file))) {
            store.save(List.copyOf(files));
        }
    }

    /** The entries, most recent first (read-only). */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Most entries kept. */
    public int limit() {
        return limit;
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
