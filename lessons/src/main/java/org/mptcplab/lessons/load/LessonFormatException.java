package org.mptcplab.lessons.load;

import org.mptcplab.lessons.model.Position;

/** Internal: the value at {@code path} is wrong; the loader adds the file name. */
final class LessonFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Position at;
    private final String path;

    LessonFormatException(Position at, String path, String problem) {
        super(problem);
        this.at = at;
        this.path = path;
    }

    Position at() {
        return at;
    }

    String path() {
        return path;
    }
}
