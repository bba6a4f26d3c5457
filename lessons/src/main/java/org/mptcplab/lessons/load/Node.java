package org.mptcplab.lessons.load;

import java.util.List;
import java.util.Map;
import org.mptcplab.lessons.model.Position;

/**
 * A JSON value with its position. Objects keep file order; {@code keys} holds each key's position.
 */
record Node(Kind kind, Position at, String text, Map<String, Node> fields, Map<String, Position> keys,
        List<Node> items) {
    /** JSON value kinds. */
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** "an object", "the string "x""... for "expected X, got Y". */
    String describe() {
        return switch (kind) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string \"" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "\"";
            case NUMBER -> "the number " + text;
            case BOOLEAN -> text;
            case NULL -> "null";
        };
    }
}
