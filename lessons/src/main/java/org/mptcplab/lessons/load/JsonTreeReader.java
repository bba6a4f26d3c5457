package org.mptcplab.lessons.load;

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
import java.util.Map;
import java.util.regex.Pattern;
import org.mptcplab.lessons.model.Position;

/**
 * Plain JSON text to a {@link Node} tree with jackson-core's tokenizer only: strict (no comments,
 * duplicate keys refused) and bounded by {@link LessonLimits}, so a hostile file cannot exhaust memory.
 */
final class JsonTreeReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(LessonLimits.MAX_BYTES)
                    .maxNestingDepth(LessonLimits.MAX_DEPTH)
                    .maxStringLength(LessonLimits.MAX_NARRATION * 2)
                    .maxNumberLength(32)
                    .maxNameLength(128)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Jackson's {@code ('<' (code 60))}, shown as {@code '<'} as scenario errors do. */
    private static final Pattern CHARACTER_CODE = Pattern.compile("\\('(.)' \\(code \\d+\\)\\)");

    private JsonTreeReader() {
    }

    static Node read(String text) {
        if (text.isBlank()) {
            throw new LessonFormatException(Position.START, "", "empty file (expected a JSON object)");
        }
        JsonParser p;
        try {
            p = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new LessonFormatException(Position.START, "", "cannot read JSON: " + e.getMessage());
        }
        try (p) {
            Node root = read(p, p.nextToken());
            if (p.nextToken() != null) {
                throw new LessonFormatException(where(p.currentTokenLocation()), "",
                        "unexpected content after the end of the top-level value");
            }
            return root;
        } catch (StreamConstraintsException e) {
            String m = String.valueOf(e.getOriginalMessage());
            // Jackson gives constraint violations no location; the token being read is the culprit.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentTokenLocation();
            throw new LessonFormatException(where(at), "", m.contains("nesting depth")
                    ? "nested more than " + LessonLimits.MAX_DEPTH + " levels deep"
                    : m.contains("document length") ? "file is larger than " + (LessonLimits.MAX_BYTES >> 10) + " KiB"
                    : "a name, string or number is too long");
        } catch (JsonProcessingException e) {
            throw new LessonFormatException(where(e.getLocation()), "", describe(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new LessonFormatException(Position.START, "", "cannot read JSON: " + e.getMessage());
        }
    }

    private static Position where(JsonLocation at) {
        return at == null ? Position.START
                : new Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static Node read(JsonParser p, JsonToken token) throws IOException {
        Position at = where(p.currentTokenLocation());
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> fields = new LinkedHashMap<>();
            Map<String, Position> keys = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                keys.put(name, where(p.currentTokenLocation()));
                fields.put(name, read(p, p.nextToken()));
            }
            return new Node(Node.Kind.OBJECT, at, null, fields, keys, List.of());
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                items.add(read(p, t));
            }
            return new Node(Node.Kind.ARRAY, at, null, Map.of(), Map.of(), items);
        }
        Node.Kind kind = switch (token) {
            case VALUE_STRING -> Node.Kind.STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Node.Kind.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> Node.Kind.BOOLEAN;
            case VALUE_NULL -> Node.Kind.NULL;
            default -> throw new LessonFormatException(at, "", "unexpected JSON token " + token);
        };
        return new Node(kind, at, p.getText(), Map.of(), Map.of(), List.of());
    }

    /** Jackson's message cut to its first line, without the source excerpt. */
    private static String describe(String message) {
        String m = message == null ? "malformed JSON" : message.lines().findFirst().orElse("").strip();
        if (m.startsWith("Unexpected end-of-input")) {
            return "truncated JSON: the file ends inside a value that is never closed";
        }
        if (m.startsWith("Duplicate field")) {
            return "duplicate field " + m.substring("Duplicate field".length()).strip().replace('\'', '"');
        }
        if (m.contains("ALLOW_COMMENTS")) {
            return "invalid JSON: comments are not allowed (JSON has no comment syntax)";
        }
        if (m.contains("CTRL-CHAR")) {
            return "invalid JSON: a string is not closed before the end of the line (or holds a control character)";
        }
        int marker = m.indexOf(" (start marker at");
        String text = CHARACTER_CODE.matcher(marker >= 0 ? m.substring(0, marker) : m).replaceAll("'$1'");
        return "invalid JSON: " + (text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1));
    }
}
