package org.mptcplab.app.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.mptcplab.lessons.scenario.ScenarioLoadException;

/** Turns load and save failures into the text of an error dialog: where, what, and that nothing changed. */
final class LoadProblems {
    static final String KEPT = "Nothing was changed: the scenario that was open stays open.";

    private LoadProblems() {
    }

    /** The loader's one-line message, then file, line, column and field on their own lines. */
    static String located(ScenarioLoadException e) {
        String field = e.path().isEmpty() ? "(none: the text itself is not a scenario)" : e.path();
        return e.getMessage() + "\n\nFile: " + e.file() + "\nLine " + e.line() + ", column " + e.column()
                + "\nField: " + field + "\n\n" + KEPT;
    }

    /** A file that could not be read at all. */
    static String unreadable(Path file, IOException e) {
        return file + ": cannot read the file (" + describe(e) + ")\n\n" + KEPT;
    }

    /** A loader failure that is a bug, still reported without a stack trace. */
    static String unexpected(Path file, RuntimeException e) {
        return file + ": the file could not be understood (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")\n\n" + KEPT;
    }

    /** A plain-words reason for a file-system failure. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return a.getReason() != null ? a.getReason() : "permission denied (read-only file or folder)";
        }
        if (e instanceof NoSuchFileException n) {
            return n.getReason() != null ? n.getReason() : "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
