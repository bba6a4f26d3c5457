package org.mptcplab.lessons.scenario;

/**
 * Internal signal of the reader: something at {@code path} (line, column) is wrong. The loader adds
 * the file name and turns it into a {@link ScenarioLoadException}.
 */
final class ScenarioFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final int line;
    private final int column;

    ScenarioFormatException(String path, int line, int column, String problem) {
        super(problem);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    String path() {
        return path;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
