package org.mptcplab.lessons.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mptcplab.lessons.model.Position;
import org.mptcplab.lessons.model.Worded;

/**
 * Typed, path-aware access to one JSON object of a lesson file. Construction refuses unknown keys
 * with a "did you mean", and records every value's position in the lesson's source map.
 */
final class Fields {
    private final Node object;
    private final String path;
    private final Map<String, Position> positions;

    private Fields(Node object, String path, Map<String, Position> positions) {
        this.object = object;
        this.path = path;
        this.positions = positions;
    }

    static Fields of(Node value, String path, List<String> allowed, Map<String, Position> positions) {
        if (value.kind() != Node.Kind.OBJECT) {
            throw new LessonFormatException(value.at(), path, "expected an object, got " + value.describe());
        }
        positions.put(path, value.at());
        for (String key : value.fields().keySet()) {
            if (!allowed.contains(key)) {
                throw new LessonFormatException(value.keys().get(key), join(path, key),
                        "unknown field \"" + key + "\"" + Words.hint(key, allowed));
            }
            positions.put(join(path, key), value.fields().get(key).at());
        }
        return new Fields(value, path, positions);
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : field.isEmpty() ? path : path + "." + field;
    }

    String path(String field) {
        return join(path, field);
    }

    Map<String, Position> positions() {
        return positions;
    }

    boolean has(String field) {
        Node v = object.fields().get(field);
        return v != null && v.kind() != Node.Kind.NULL;
    }

    Node required(String field) {
        if (!has(field)) {
            Node v = object.fields().get(field);
            throw new LessonFormatException(v == null ? object.at() : v.at(), path(field),
                    "missing required field \"" + field + "\"");
        }
        return object.fields().get(field);
    }

    LessonFormatException error(String field, String message) {
        Node v = object.fields().get(field);
        return new LessonFormatException(v == null ? object.at() : v.at(), path(field), message);
    }

    String string(String field, int maxLength) {
        Node v = required(field);
        if (v.kind() != Node.Kind.STRING) {
            throw error(field, "expected a string, got " + v.describe());
        }
        if (v.text().isBlank()) {
            throw error(field, "must not be blank");
        }
        if (v.text().length() > maxLength) {
            throw error(field, "is longer than " + maxLength + " characters");
        }
        return v.text();
    }

    String optionalString(String field, int maxLength) {
        return has(field) ? string(field, maxLength) : null;
    }

    long integer(String field, long min, long max) {
        Node v = required(field);
        long n;
        try {
            n = v.kind() == Node.Kind.NUMBER ? Long.parseLong(v.text()) : Long.MIN_VALUE;
        } catch (NumberFormatException e) {
            n = Long.MIN_VALUE;
        }
        if (n == Long.MIN_VALUE) {
            throw error(field, "expected a whole number, got " + v.describe());
        }
        if (n < min || n > max) {
            throw error(field, "must be in " + min + ".." + max + ", got " + n);
        }
        return n;
    }

    boolean bool(String field) {
        Node v = required(field);
        if (v.kind() != Node.Kind.BOOLEAN) {
            throw error(field, "expected true or false, got " + v.describe());
        }
        return Boolean.parseBoolean(v.text());
    }

    <E extends Enum<E> & Worded> E word(String field, Class<E> type) {
        String w = string(field, LessonLimits.MAX_LINE);
        E e = Worded.find(type, w);
        if (e == null) {
            List<String> words = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                words.add(c.word());
            }
            throw error(field, "unknown value \"" + w + "\"" + Words.hint(w, words) + " (one of "
                    + String.join(", ", words) + ")");
        }
        return e;
    }

    Fields object(String field, List<String> allowed) {
        return of(required(field), path(field), allowed, positions);
    }

    /** The items of an array field (absent: empty), at most {@code max}. */
    List<Node> array(String field, int max, boolean nonEmpty) {
        if (!has(field)) {
            if (nonEmpty) {
                required(field);
            }
            return List.of();
        }
        Node v = object.fields().get(field);
        if (v.kind() != Node.Kind.ARRAY) {
            throw error(field, "expected an array, got " + v.describe());
        }
        if (nonEmpty && v.items().isEmpty()) {
            throw error(field, "must not be empty");
        }
        if (v.items().size() > max) {
            throw error(field, "has " + v.items().size() + " items, at most " + max + " are allowed");
        }
        for (int i = 0; i < v.items().size(); i++) {
            positions.put(path(field) + "[" + i + "]", v.items().get(i).at());
        }
        return v.items();
    }

    /** An array of non-blank one-line strings. */
    List<String> strings(String field, int max, boolean nonEmpty) {
        List<Node> items = array(field, max, nonEmpty);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node n = items.get(i);
            String p = path(field) + "[" + i + "]";
            if (n.kind() != Node.Kind.STRING || n.text().isBlank()) {
                throw new LessonFormatException(n.at(), p, "expected a non-blank string, got " + n.describe());
            }
            if (n.text().length() > LessonLimits.MAX_LINE) {
                throw new LessonFormatException(n.at(), p, "is longer than " + LessonLimits.MAX_LINE + " characters");
            }
            out.add(n.text());
        }
        return out;
    }
}
