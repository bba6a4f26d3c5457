package org.mptcplab.lessons.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mptcplab.engine.scenario.Identified;
import org.mptcplab.engine.scenario.Units;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * Typed, path-aware access to one JSON object of a scenario file. Construction refuses fields the
 * object may not have (with a "did you mean"), so every error names the exact field path and the
 * position of the offending value.
 */
final class Cursor {
    /** Most items in any one array of a scenario file; the bundled scenarios use at most 9. */
    static final int MAX_ITEMS = 1000;

    private final Located object;
    private final String path;

    private Cursor(Located object, String path) {
        this.object = object;
        this.path = path;
    }

    /** A cursor over {@code value}, which must be an object whose keys are all in {@code allowed}. */
    static Cursor of(Located value, String path, List<String> allowed) {
        if (value.kind() != Located.Kind.OBJECT) {
            throw at(value, path, "expected an object, got " + value.describe());
        }
        for (String key : value.fields().keySet()) {
            if (!allowed.contains(key)) {
                int[] pos = value.keyPosition(key);
                throw new ScenarioFormatException(join(path, key), pos[0], pos[1],
                        "unknown field \"" + key + "\" " + Suggestions.hint(key, allowed));
            }
        }
        return new Cursor(value, path);
    }

    static ScenarioFormatException at(Located value, String path, String message) {
        return new ScenarioFormatException(path, value.line(), value.column(), message);
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    String path() {
        return path;
    }

    String path(String field) {
        return join(path, field);
    }

    boolean has(String field) {
        Located v = object.fields().get(field);
        return v != null && v.kind() != Located.Kind.NULL;
    }

    /** The value of a field that must be present. */
    Located required(String field) {
        Located v = object.fields().get(field);
        if (v == null || v.kind() == Located.Kind.NULL) {
            throw at(v == null ? object : v, path(field), "missing required field \"" + field + "\"");
        }
        return v;
    }

    Located get(String field) {
        return has(field) ? object.fields().get(field) : null;
    }

    ScenarioFormatException error(String field, String message) {
        Located v = object.fields().get(field);
        return at(v == null ? object : v, path(field), message);
    }

    String string(String field) {
        return text(required(field), path(field));
    }

    String string(String field, String fallback) {
        return has(field) ? string(field) : fallback;
    }

    static String text(Located v, String path) {
        if (v.kind() != Located.Kind.STRING) {
            throw at(v, path, "expected a string, got " + v.describe());
        }
        return v.text();
    }

    boolean bool(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        Located v = required(field);
        if (v.kind() != Located.Kind.BOOLEAN) {
            throw at(v, path(field), "expected true or false, got " + v.describe());
        }
        return Boolean.parseBoolean(v.text());
    }

    long integer(String field, long min, long max) {
        return integer(required(field), path(field), min, max);
    }

    long integer(String field, long fallback, long min, long max) {
        return has(field) ? integer(field, min, max) : fallback;
    }

    static long integer(Located v, String path, long min, long max) {
        if (v.kind() != Located.Kind.NUMBER) {
            throw at(v, path, "expected a whole number, got " + v.describe());
        }
        BigDecimal d = new BigDecimal(v.text());
        if (d.stripTrailingZeros().scale() > 0) {
            throw at(v, path, "expected a whole number, got " + v.text());
        }
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw at(v, path, d.compareTo(BigDecimal.valueOf(max)) > 0 && max == Long.MAX_VALUE
                    ? "must be at most " + max + ", got " + v.text() : rangeMessage(v.text(), min, max));
        }
        return d.longValueExact();
    }

    private static String rangeMessage(String value, long min, long max) {
        if (max == Long.MAX_VALUE) {
            return min == 1 ? "must be positive, got " + value : "must be at least " + min + ", got " + value;
        }
        return "must be in " + min + ".." + max + ", got " + value;
    }

    /** A duration: string with unit or a number of seconds; must be at least {@code min} ns. */
    long duration(String field, long min) {
        return quantity(field, min, Units::duration, "duration");
    }

    long duration(String field, long fallback, long min) {
        return has(field) ? duration(field, min) : fallback;
    }

    long rate(String field) {
        return quantity(field, 1, Units::rate, "rate");
    }

    long bytes(String field, long min) {
        return quantity(field, min, Units::bytes, "size");
    }

    long bytes(String field, long fallback, long min) {
        return has(field) ? bytes(field, min) : fallback;
    }

    /**
     * A JSON number is parsed from its text exactly like a string without a unit (the base unit), never
     * through {@code BigDecimal.toPlainString}: {@code 1e999999999} would expand to a billion digits.
     */
    private long quantity(String field, long min, Function<String, Long> fromText, String what) {
        Located v = required(field);
        long value;
        try {
            if (v.kind() == Located.Kind.STRING || v.kind() == Located.Kind.NUMBER) {
                value = fromText.apply(v.text());
            } else {
                throw at(v, path(field), "expected a " + what + " (string with a unit, or a number), got "
                        + v.describe());
            }
        } catch (IllegalArgumentException e) {
            throw at(v, path(field), e.getMessage());
        }
        if (value < min) {
            throw at(v, path(field), what + " must be " + (min == 0 ? "zero or more" : min == 1 ? "positive"
                    : "at least " + min) + ", got " + v.text());
        }
        return value;
    }

    /** A probability: number in [0, 1] or a percentage string such as {@code "0.5%"}. */
    double probability(String field, double fallback) {
        if (!has(field)) {
            return fallback;
        }
        Located v = required(field);
        BigDecimal p;
        try {
            if (v.kind() == Located.Kind.NUMBER) {
                p = new BigDecimal(v.text());
            } else if (v.kind() == Located.Kind.STRING && v.text().strip().endsWith("%")) {
                String t = v.text().strip();
                p = new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2);
            } else {
                throw at(v, path(field), "expected a probability (0..1 or a percentage such as \"1%\"), got "
                        + v.describe());
            }
        } catch (NumberFormatException e) {
            throw at(v, path(field), "bad percentage \"" + v.text() + "\"");
        }
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw at(v, path(field), "loss must be between 0 and 1 (0% and 100%), got " + v.text());
        }
        return p.doubleValue();
    }

    IpAddress address(String field) {
        return address(required(field), path(field));
    }

    IpAddress address(String field, IpAddress fallback) {
        return has(field) ? address(field) : fallback;
    }

    static IpAddress address(Located v, String path) {
        String text = text(v, path);
        try {
            return IpAddress.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw at(v, path, "bad IP address \"" + text + "\" (expected e.g. 192.0.2.1 or 2001:db8::1)");
        }
    }

    IpPrefix prefix(String field) {
        Located v = required(field);
        String text = text(v, path(field));
        try {
            return text.contains("/") ? IpPrefix.parse(text.strip()) : IpPrefix.host(IpAddress.parse(text.strip()));
        } catch (IllegalArgumentException e) {
            throw at(v, path(field), "bad prefix \"" + text + "\": " + e.getMessage());
        }
    }

    <E extends Enum<E> & Identified> E choice(String field, Class<E> type) {
        Located v = required(field);
        String text = text(v, path(field));
        return Identified.parse(type, text).orElseThrow(() -> at(v, path(field),
                "unknown value \"" + text + "\" " + Suggestions.hint(text, Identified.ids(type))));
    }

    <E extends Enum<E> & Identified> E choice(String field, Class<E> type, E fallback) {
        return has(field) ? choice(field, type) : fallback;
    }

    /** A required object field. */
    Cursor object(String field, List<String> allowed) {
        return of(required(field), path(field), allowed);
    }

    /** An array field (absent means empty); a lone value where a list is expected counts as a list of one. */
    List<Located> list(String field) {
        if (!has(field)) {
            return List.of();
        }
        Located v = required(field);
        return v.kind() == Located.Kind.ARRAY ? bounded(v, path(field)) : List.of(v);
    }

    /** A field that must be an array when present. */
    List<Located> array(String field) {
        if (!has(field)) {
            return List.of();
        }
        Located v = required(field);
        if (v.kind() != Located.Kind.ARRAY) {
            throw at(v, path(field), "expected an array, got " + v.describe());
        }
        return bounded(v, path(field));
    }

    /**
     * The items of an array with at most {@link #MAX_ITEMS}: the validator and the simulator then stay
     * fast on any file that fits in {@link LocatedJsonParser#MAX_BYTES}.
     */
    static List<Located> bounded(Located array, String path) {
        if (array.items().size() > MAX_ITEMS) {
            throw at(array, path, "has " + array.items().size() + " items, at most " + MAX_ITEMS + " are allowed");
        }
        return array.items();
    }

    Map<String, Located> fields() {
        return object.fields();
    }
}
