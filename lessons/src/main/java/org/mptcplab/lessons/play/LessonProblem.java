package org.mptcplab.lessons.play;

import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.model.Position;

/** One problem in a lesson, printed as {@code file:line:col: path: message}. */
public record LessonProblem(String file, Position at, String path, String message) {
    /** The problem a loader reported. */
    public static LessonProblem of(LessonLoadException e) {
        return new LessonProblem(e.file(), e.at(), e.path(), e.problem());
    }

    @Override
    public String toString() {
        return file + ":" + at.line() + ":" + at.column() + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
