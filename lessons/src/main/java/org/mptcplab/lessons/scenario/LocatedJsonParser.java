package org.mptcplab.lessons.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain JSON text into a {@link Located} tree with Jackson's streaming parser.
 *
 * <p>Only jackson-core's tokenizer is used: no data binding, hence no polymorphic typing and no way
 * for a file to name a Java class. The parser is strict (no comments, no single quotes, no trailing
 * commas, duplicate keys refused) and bounded: {@link #MAX_BYTES} per document, {@link #MAX_DEPTH}
 * levels of nesting, short strings and numbers, so a hostile file cannot exhaust memory.
 */
final class LocatedJsonParser {
    /** Largest scenario file accepted. */
    static final int MAX_BYTES = 1 << 20;
    /** Deepest nesting accepted; real scenarios use five or six levels. */
    static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_BYTES)
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(64 * 1024)
                    .maxNumberLength(64)
                    .maxNameLength(256)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final Pattern START_MARKER = Pattern.compile("start marker at .*?line: (\\d+), column: (\\d+)");
    private static final Pattern CHARACTER_CODE = Pattern.compile("\\('(.)' \\(code \\d+\\)\\)");

    private LocatedJsonParser() {
    }

    /**
     * Parses one JSON document.
     *
     * @throws ScenarioFormatException with the location and a one-line reason for malformed JSON
     */
    static Located parse(String text) {
        if (text.isBlank()) {
            throw new ScenarioFormatException("", 1, 1, "empty file (expected a JSON object)");
        }
        JsonParser p;
        try {
            p = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new ScenarioFormatException("", 1, 1, "cannot read JSON: " + e.getMessage());
        }
        try (p) {
            JsonToken first = p.nextToken();
            Located root = read(p, first);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new ScenarioFormatException("", at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the top-level value");
            }
            return root;
        } catch (StreamConstraintsException e) {
            String m = String.valueOf(e.getOriginalMessage());
            // Jackson gives constraint violations no location; the token being read is the culprit.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentTokenLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new ScenarioFormatException("", line, column, m.contains("nesting depth")
                    ? "nested more than " + MAX_DEPTH + " levels deep"
                    : m.contains("document length") ? "file is larger than the " + (MAX_BYTES >> 10)
                            + " KiB a scenario may have" : "a name, string or number is too long");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new ScenarioFormatException("", line, column, describe(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioFormatException("", 1, 1, "cannot read JSON: " + e.getMessage());
        }
    }

    private static Located read(JsonParser p, JsonToken token) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (token == JsonToken.START_OBJECT) {
            LinkedHashMap<String, Located> fields = new LinkedHashMap<>();
            LinkedHashMap<String, int[]> keys = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                keys.put(name, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
                fields.put(name, read(p, p.nextToken()));
            }
            return Located.object(line, column, fields, keys);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Located> items = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                items.add(read(p, t));
            }
            return Located.array(line, column, items);
        }
        return switch (token) {
            case VALUE_STRING -> Located.scalar(Located.Kind.STRING, line, column, p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Located.scalar(Located.Kind.NUMBER, line, column, p.getText());
            case VALUE_TRUE, VALUE_FALSE -> Located.scalar(Located.Kind.BOOLEAN, line, column, p.getText());
            case VALUE_NULL -> Located.scalar(Located.Kind.NULL, line, column, "null");
            default -> throw new ScenarioFormatException("", line, column, "unexpected JSON token " + token);
        };
    }

    /** Jackson's message on one line, in the words of this product (no source excerpt, no internals). */
    private static String describe(String message) {
        String full = message == null ? "malformed JSON" : message;
        String m = firstLine(full);
        int marker = m.indexOf(" (start marker at");
        if (m.startsWith("Unexpected end-of-input")) {
            String what = m.contains("Array") ? "an array" : m.contains("Object") ? "an object" : "a value";
            Matcher opened = START_MARKER.matcher(full);
            return "truncated JSON: the file ends inside " + what + " that is never closed"
                    + (opened.find() ? " (opened at line " + opened.group(1) + ", column " + opened.group(2) + ")"
                            : "");
        }
        if (marker >= 0) {
            m = m.substring(0, marker);
        }
        if (m.startsWith("Duplicate field")) {
            return "duplicate field " + m.substring("Duplicate field".length()).strip().replace('\'', '"');
        }
        if (m.contains("CTRL-CHAR, code 10") || m.contains("CTRL-CHAR, code 13")) {
            return "invalid JSON: a string is not closed before the end of the line";
        }
        if (m.contains("ALLOW_COMMENTS")) {
            return "invalid JSON: comments are not allowed (JSON has no comment syntax)";
        }
        m = CHARACTER_CODE.matcher(m).replaceAll("'$1'");
        return "invalid JSON: " + lowerFirst(m);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
