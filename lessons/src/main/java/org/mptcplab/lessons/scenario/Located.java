package org.mptcplab.lessons.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value together with where it starts in the file (1-based line and column), so that every
 * error about it can point at the right place. Objects keep their fields in file order and remember
 * where each key is; duplicate keys are refused by the parser before a tree is built.
 */
final class Located {
    /** JSON value kinds. */
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final int line;
    private final int column;
    private final String text;
    private final Map<String, Located> fields;
    private final Map<String, int[]> keyPositions;
    private final List<Located> items;

    private Located(Kind kind, int line, int column, String text, Map<String, Located> fields,
            Map<String, int[]> keyPositions, List<Located> items) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.text = text;
        this.fields = fields;
        this.keyPositions = keyPositions;
        this.items = items;
    }

    static Located scalar(Kind kind, int line, int column, String text) {
        return new Located(kind, line, column, text, Map.of(), Map.of(), List.of());
    }

    static Located object(int line, int column, LinkedHashMap<String, Located> fields,
            LinkedHashMap<String, int[]> keyPositions) {
        return new Located(Kind.OBJECT, line, column, null, Collections.unmodifiableMap(fields),
                Collections.unmodifiableMap(keyPositions), List.of());
    }

    static Located array(int line, int column, List<Located> items) {
        return new Located(Kind.ARRAY, line, column, null, Map.of(), Map.of(), List.copyOf(items));
    }

    Kind kind() {
        return kind;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** Scalar text: the string itself, the number as written, {@code true}/{@code false}; null otherwise. */
    String text() {
        return text;
    }

    /** Object fields in file order. */
    Map<String, Located> fields() {
        return fields;
    }

    /** Line and column of a field's key. */
    int[] keyPosition(String name) {
        return keyPositions.get(name);
    }

    /** Array items in order. */
    List<Located> items() {
        return items;
    }

    /** "an object", "a string"... for "expected X, got Y" messages. */
    String describe() {
        return switch (kind) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string \"" + abbreviate(text) + "\"";
            case NUMBER -> "the number " + abbreviate(text);
            case BOOLEAN -> text;
            case NULL -> "null";
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
