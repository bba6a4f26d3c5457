package org.mptcplab.app.lesson;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A student's progress through one lesson: the step to resume at and the settled answers by step
 * index (sorted, so the saved file is stable).
 *
 * @param lessonId the lesson's id
 * @param step     the step shown last (0-based)
 * @param answers  settled answers by step index
 */
public record LessonProgress(String lessonId, int step, Map<Integer, SavedAnswer> answers) {
    /** Copies the answers into a sorted, unmodifiable map. */
    public LessonProgress {
        Objects.requireNonNull(lessonId, "lessonId");
        if (step < 0) {
            throw new IllegalArgumentException("step must not be negative: " + step);
        }
        answers = Collections.unmodifiableMap(new TreeMap<>(answers));
    }

    /** No progress yet: step 0, nothing answered. */
    public static LessonProgress fresh(String lessonId) {
        return new LessonProgress(lessonId, 0, Map.of());
    }

    /** This progress resumed at {@code newStep}. */
    public LessonProgress atStep(int newStep) {
        return new LessonProgress(lessonId, newStep, answers);
    }

    /** This progress with {@code answer} remembered for step {@code index}. */
    public LessonProgress withAnswer(int index, SavedAnswer answer) {
        Map<Integer, SavedAnswer> copy = new TreeMap<>(answers);
        copy.put(index, answer);
        return new LessonProgress(lessonId, step, copy);
    }
}
