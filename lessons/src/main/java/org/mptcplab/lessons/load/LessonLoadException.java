package org.mptcplab.lessons.load;

import org.mptcplab.lessons.model.Position;

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
        super(oneLine(file + ":" + at.line() + ":" + at.column() + ": " + (path.isEmpty() ? "" : path + ": ")
                + problem));
        this.file = file;
        this.at = at;
        this.path = oneLine(path);
        this.problem = oneLine(problem);
    }

    /**
     * Control characters a file smuggled into the message (a key or value echoed back) are shown
     * escaped, so the message stays one line in a terminal, a log or a dialog.
     */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
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
