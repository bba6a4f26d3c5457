package org.mptcplab.lessons.load;

import org.mptcplab.lessons.model.Position;
import org.mptcplab.lessons.scenario.LocatedProblem;

/**
 * A lesson is not valid. The message is one line, {@code file:line:col: path: problem} (no path
 * when the problem is not about one field), the same shape as scenario errors.
 */
public final class LessonLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final transient Position at;
    private final String path;
    private final String problem;

    /** A problem at a location; {@code path} may be empty. */
    public LessonLoadException(String file, Position at, String path, String problem) {
        super(LocatedProblem.format(file, at.line(), at.column(), path, problem));
        this.file = file;
        this.at = at;
        this.path = LocatedProblem.oneLine(path);
        this.problem = LocatedProblem.oneLine(problem);
    }

    /** File name as given. */
    public String file() {
        return file;
    }

    /** Where the offending value starts. */
    public Position at() {
        return at;
    }

    /** Field path such as {@code steps[1].at.runTo.nth}, or empty. */
    public String path() {
        return path;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
