package org.mptcplab.lessons.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.Position;

/**
 * Loads lesson files (docs/lessons.md) into {@link Lesson} records, or fails with one
 * {@link LessonLoadException} naming file, line, column and field path. This checks the schema and
 * scenario references; {@code play.LessonChecker} adds the checks that need the engine.
 */
public final class LessonLoader {
    private static final String FOLDER = "/org/mptcplab/lessons/lessons/";

    /** Ids of the bundled lessons, in teaching order. */
    public static final List<String> BUNDLED = List.of("tcp-behind-l4lb", "mptcp-handshake", "mp-join-hmac",
            "join-breaks-behind-lb", "the-fix", "reliable-add-addr", "beyond-dsr", "anycast-ecmp-churn",
            "alternatives-and-security");

    private LessonLoader() {
    }

    /** Reads the file at {@code file}; messages name it as given. */
    public static Lesson load(Path file) throws IOException, LessonLoadException {
        if (Files.size(file) > LessonLimits.MAX_BYTES) {
            throw new LessonLoadException(file.toString(), Position.START, "",
                    "file is larger than " + (LessonLimits.MAX_BYTES >> 10) + " KiB");
        }
        return parse(file.toString(), Files.readAllBytes(file));
    }

    /** Reads a lesson held in memory; {@code name} is used in messages. */
    public static Lesson parse(String name, byte[] content) throws LessonLoadException {
        if (content.length > LessonLimits.MAX_BYTES) {
            throw new LessonLoadException(name, Position.START, "",
                    "file is larger than " + (LessonLimits.MAX_BYTES >> 10) + " KiB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new LessonLoadException(name, Position.START, "", "not UTF-8 text");
        }
        return parse(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Reads lesson text; {@code name} is used in messages. */
    public static Lesson parse(String name, String text) throws LessonLoadException {
        try {
            return LessonReader.read(name, JsonTreeReader.read(text));
        } catch (LessonFormatException e) {
            throw new LessonLoadException(name, e.at(), e.path(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new LessonLoadException(name, Position.START, "", e.getMessage());
        }
    }

    /** A bundled lesson by id. */
    public static Lesson bundled(String id) throws LessonLoadException {
        if (!BUNDLED.contains(id)) {
            throw new IllegalArgumentException("no bundled lesson " + id);
        }
        String resource = FOLDER + id + ".json";
        try (InputStream in = LessonLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled lesson missing from resources: " + resource);
            }
            return parse(id + ".json", in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled resource " + resource, e);
        }
    }

    /** Every bundled lesson, in teaching order. */
    public static List<Lesson> bundled() throws LessonLoadException {
        List<Lesson> all = new ArrayList<>();
        for (String id : BUNDLED) {
            all.add(bundled(id));
        }
        return all;
    }
}
