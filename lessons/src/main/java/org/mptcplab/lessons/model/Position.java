package org.mptcplab.lessons.model;

/** Where a value starts in a lesson file: 1-based line and column. */
public record Position(int line, int column) {
    /** The start of a file, for problems that are not about one value. */
    public static final Position START = new Position(1, 1);
}
