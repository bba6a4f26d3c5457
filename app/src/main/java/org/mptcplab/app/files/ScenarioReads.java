package org.mptcplab.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * Reading scenario files for the files view-model: a file that does not load is reported through
 * {@link UserDialogs} with its location (file, line, column, field), or, where a failure only means
 * "nothing to compare with", quietly skipped.
 */
final class ScenarioReads {
    private final UserDialogs dialogs;
    private final String failedTitle;

    /** Reads reporting failures under {@code failedTitle}. */
    ScenarioReads(UserDialogs dialogs, String failedTitle) {
        this.dialogs = dialogs;
        this.failedTitle = failedTitle;
    }

    /** Loads {@code path}; empty (after an error dialog) when it does not load. */
    Optional<Scenario> load(Path path) {
        try {
            return Optional.of(ScenarioLoader.load(path));
        } catch (ScenarioLoadException e) {
            dialogs.showError(failedTitle, LoadProblems.located(e));
        } catch (IOException e) {
            dialogs.showError(failedTitle, LoadProblems.unreadable(path, e));
        } catch (RuntimeException e) {
            dialogs.showError(failedTitle, LoadProblems.unexpected(path, e));
        }
        return Optional.empty();
    }

    /** What {@code file} holds if it exists and loads; null otherwise, without a word. */
    static Scenario quietly(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return ScenarioLoader.load(file);
        } catch (IOException | ScenarioLoadException | RuntimeException e) {
            // The file went bad meanwhile: there is nothing to compare with.
            return null;
        }
    }
}
