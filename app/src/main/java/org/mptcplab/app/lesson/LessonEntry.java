package org.mptcplab.app.lesson;

import java.nio.file.Path;
import org.mptcplab.lessons.model.Lesson;

/**
 * A lesson in the list, with its progress line.
 *
 * @param lesson   the loaded lesson
 * @param folder   its folder for images, or null for a bundled lesson
 * @param progress e.g. "step 3 of 5 · 2 of 4 questions answered", or "not started"
 */
public record LessonEntry(Lesson lesson, Path folder, String progress) {
    /** The same lesson with another progress line. */
    public LessonEntry withProgress(String p) {
        return new LessonEntry(lesson, folder, p);
    }
}
