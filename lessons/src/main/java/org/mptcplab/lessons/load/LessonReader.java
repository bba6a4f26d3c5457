package org.mptcplab.lessons.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.Position;
import org.mptcplab.lessons.model.SourceMap;
import org.mptcplab.lessons.model.Step;

/** The top level of a lesson file: schema version, id, title, goals, steps. */
final class LessonReader {
    private static final List<String> TOP = List.of("schemaVersion", "id", "title", "goals", "steps");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private LessonReader() {
    }

    static Lesson read(String file, Node root) {
        Map<String, Position> positions = new LinkedHashMap<>();
        Fields top = Fields.of(root, "", TOP, positions);
        if (!top.has("schemaVersion")) {
            throw top.error("schemaVersion", "missing required field \"schemaVersion\" (this version reads 1)");
        }
        int version = (int) top.integer("schemaVersion", 0, Integer.MAX_VALUE);
        if (version != Lesson.SCHEMA_VERSION) {
            throw top.error("schemaVersion", "unsupported schemaVersion " + version + " (this version reads "
                    + Lesson.SCHEMA_VERSION + ")");
        }
        String id = top.string("id", 64);
        if (!ID.matcher(id).matches()) {
            throw top.error("id", "an id is lower-case letters, digits and '-', got \"" + id + "\"");
        }
        String title = top.string("title", LessonLimits.MAX_LINE);
        List<String> goals = top.strings("goals", LessonLimits.MAX_ITEMS, true);
        List<Node> stepNodes = top.array("steps", LessonLimits.MAX_STEPS, true);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < stepNodes.size(); i++) {
            steps.add(StepReader.read(stepNodes.get(i), "steps[" + i + "]", positions));
        }
        return new Lesson(version, id, title, goals, steps, new SourceMap(file, positions));
    }
}
