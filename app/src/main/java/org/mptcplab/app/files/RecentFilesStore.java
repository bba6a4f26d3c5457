package org.mptcplab.app.files;

import java.nio.file.Path;
import java.util.List;

/** Where the recent-files list persists between sessions; tests use an in-memory one. */
public interface RecentFilesStore {

    /** The stored list, most recent first; empty when nothing is stored or it cannot be read. */
    List<Path> load();

    /** Replaces the stored list; failures are swallowed, the list is a convenience. */
    void save(List<Path> files);
}
