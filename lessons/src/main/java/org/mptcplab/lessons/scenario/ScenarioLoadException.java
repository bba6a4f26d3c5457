package org.mptcplab.lessons.scenario;

/**
 * A scenario file could not be loaded. The message is one line,
 * {@code <file>:<line>:<column>: <field path>: <what is wrong>} (the path is left out when the
 * problem is not about one field, e.g. truncated JSON), so editors and terminals can jump to it.
 */
public final class ScenarioLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    /** A problem at a location; {@code path} may be empty. */
    public ScenarioLoadException(String file, int line, int column, String path, String problem) {
        super(LocatedProblem.format(file, line, column, path, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = LocatedProblem.oneLine(path);
        this.problem = LocatedProblem.oneLine(problem);
    }

    /** File name as given to the loader. */
    public String file() {
        return file;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column. */
    public int column() {
        return column;
    }

    /** Field path such as {@code links[2].b}, or empty. */
    public String path() {
        return path;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
