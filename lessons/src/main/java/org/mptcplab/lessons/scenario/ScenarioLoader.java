package org.mptcplab.lessons.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mptcplab.engine.scenario.Problem;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.ScenarioValidator;

/**
 * Loads scenario files (docs/scenarios.md): JSON text to a validated {@link Scenario}, or one
 * {@link ScenarioLoadException} naming the file, line, column and field path of the first problem.
 */
public final class ScenarioLoader {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    private ScenarioLoader() {
    }

    /**
     * Reads and validates the file at {@code file}; messages name it as given.
     *
     * @throws IOException            when the file cannot be read
     * @throws ScenarioLoadException  when its content is not a valid scenario
     */
    public static Scenario load(Path file) throws IOException, ScenarioLoadException {
        String name = file.toString();
        if (Files.size(file) > LocatedJsonParser.MAX_BYTES) {
            throw new ScenarioLoadException(name, 1, 1, "", "file is larger than the "
                    + (LocatedJsonParser.MAX_BYTES >> 10) + " KiB a scenario may have");
        }
        return parse(name, Files.readAllBytes(file));
    }

    /** Reads and validates a scenario held in memory; {@code name} is used in messages. */
    public static Scenario parse(String name, byte[] content) throws ScenarioLoadException {
        if (content.length > LocatedJsonParser.MAX_BYTES) {
            throw new ScenarioLoadException(name, 1, 1, "", "file is larger than the "
                    + (LocatedJsonParser.MAX_BYTES >> 10) + " KiB a scenario may have");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioLoadException(name, 1, 1, "", "not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(name, text);
    }

    /** Reads and validates scenario text; {@code name} is used in messages. */
    public static Scenario parse(String name, String text) throws ScenarioLoadException {
        Located root;
        Scenario scenario;
        try {
            root = LocatedJsonParser.parse(text);
            scenario = ScenarioReader.read(root);
        } catch (ScenarioFormatException e) {
            throw new ScenarioLoadException(name, e.line(), e.column(), e.path(), e.getMessage());
        } catch (IllegalArgumentException e) {
            // A record constructor refused a combination the reader let through: report it at the top.
            throw new ScenarioLoadException(name, 1, 1, "", e.getMessage());
        }
        List<Problem> problems = ScenarioValidator.validate(scenario);
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            Located at = locate(root, first.path());
            throw new ScenarioLoadException(name, at.line(), at.column(), first.path(), first.message());
        }
        return scenario;
    }

    /** A built-in scenario by catalogue id, from this module's resources. */
    public static Scenario builtIn(String id) throws ScenarioLoadException {
        String resource = BuiltInScenarios.resource(id);
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in scenario " + id);
            }
            return parse(id + ".json", in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled resource " + resource, e);
        }
    }

    /** The deepest value on {@code path} (e.g. {@code links[2].b.node}) that exists in the tree. */
    static Located locate(Located root, String path) {
        Located at = root;
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            Located next = null;
            if (m.group(1) != null && at.kind() == Located.Kind.OBJECT) {
                next = at.fields().get(m.group(1));
            } else if (m.group(2) != null && at.kind() == Located.Kind.ARRAY) {
                int index = Integer.parseInt(m.group(2));
                next = index < at.items().size() ? at.items().get(index) : null;
            }
            if (next == null) {
                break;
            }
            at = next;
        }
        return at;
    }
}
