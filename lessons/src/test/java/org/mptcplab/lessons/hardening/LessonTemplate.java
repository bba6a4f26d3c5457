package org.mptcplab.lessons.hardening;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;

/** A small valid lesson whose parts a test can swap, to probe each limit at and just past its bound. */
final class LessonTemplate {
    private String title = "Limits";
    private String goals = "[\"Probe a limit\"]";
    private String at = "{\"runTo\": {\"kind\": \"SYN\", \"nth\": 1}}";
    private String narration = "A SYN.";
    private int steps = 1;
    private String extra = "";

    LessonTemplate title(String value) {
        title = value;
        return this;
    }

    LessonTemplate goals(int count) {
        goals = "[" + String.join(", ", Collections.nCopies(count, "\"goal\"")) + "]";
        return this;
    }

    LessonTemplate goalsNested(int depth) {
        goals = "[".repeat(depth) + "]".repeat(depth);
        return this;
    }

    LessonTemplate at(String json) {
        at = json;
        return this;
    }

    LessonTemplate narration(String value) {
        narration = value;
        return this;
    }

    LessonTemplate steps(int count) {
        steps = count;
        return this;
    }

    /** Blank space appended after the closing brace, to reach an exact file size. */
    LessonTemplate padding(int spaces) {
        extra = " ".repeat(spaces);
        return this;
    }

    String json() {
        String step = """
                {"scenario": "l4lb-tcp", "at": %s, "narration": "%s"}""".formatted(at, narration);
        return """
                {"schemaVersion": 1, "id": "limits", "title": "%s", "goals": %s,
                 "steps": [%s]}
                """.formatted(title, goals, String.join(",\n", Collections.nCopies(steps, step))) + extra;
    }

    byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    Lesson load() throws LessonLoadException {
        return LessonLoader.parse("limits.json", bytes());
    }
}
