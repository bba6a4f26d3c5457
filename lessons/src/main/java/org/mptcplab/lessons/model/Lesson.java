package org.mptcplab.lessons.model;

import java.util.List;
import java.util.Objects;

/**
 * A lesson: a titled, ordered story over built-in scenarios.
 *
 * @param schemaVersion file format version ({@link #SCHEMA_VERSION})
 * @param id            short identifier, unique among bundled lessons
 * @param title         one-line title
 * @param goals         what the student will be able to do afterwards
 * @param steps         the steps in order (at least one)
 * @param sources       where each field was in the file, for messages found later
 */
public record Lesson(int schemaVersion, String id, String title, List<String> goals, List<Step> steps,
        SourceMap sources) {
    /** The only format version so far. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the lists. */
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sources, "sources");
        goals = List.copyOf(goals);
        steps = List.copyOf(steps);
    }
}
