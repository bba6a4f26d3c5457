package org.mptcplab.app.lesson;

/**
 * The result of reading a progress file.
 *
 * @param progress what was saved, or a fresh start
 * @param notice   empty when all went well; otherwise one sentence for the status line saying why the
 *                 lesson starts fresh (a damaged or outdated file)
 */
public record ProgressRead(LessonProgress progress, String notice) {
}
