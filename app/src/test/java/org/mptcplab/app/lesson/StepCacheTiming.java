package org.mptcplab.app.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.play.LessonPlayer;
import org.mptcplab.lessons.play.StepState;

/**
 * Prints the engine work of a step change (headless play + step recording) along next, previous,
 * next through each bundled lesson, without and with the player's caches. A measurement, not a test:
 * {@code java -cp ... org.mptcplab.app.lesson.StepCacheTiming}.
 */
public final class StepCacheTiming {
    private StepCacheTiming() {
    }

    /** Runs the measurement for every lesson id given (default: two bundled lessons). */
    public static void main(String[] args) throws Exception {
        List<String> ids = args.length > 0 ? List.of(args) : List.of("join-breaks-behind-lb", "the-fix");
        for (String id : ids) {
            Lesson lesson = LessonLoader.bundled(id);
            List<Integer> path = path(lesson.steps().size());
            measure(lesson, path, false); // warm-up of the JIT
            long[] uncached = measure(lesson, path, false);
            long[] cached = measure(lesson, path, true);
            int first = lesson.steps().size();
            int again = path.size() - first;
            System.out.printf("%s: first pass %d steps: uncached %.1f, cached %.1f ms/change;"
                    + " back and forth again %d changes: uncached %.1f, cached %.2f ms/change%n", id, first,
                    uncached[0] / 1e6 / first, cached[0] / 1e6 / first, again, uncached[1] / 1e6 / again,
                    cached[1] / 1e6 / again);
        }
    }

    private static List<Integer> path(int steps) {
        List<Integer> p = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            p.add(i);
        }
        for (int i = steps - 2; i >= 0; i--) {
            p.add(i);
        }
        for (int i = 1; i < steps; i++) {
            p.add(i);
        }
        return p;
    }

    /** Nanoseconds spent on the first pass through the steps and on the rest of {@code path}. */
    private static long[] measure(Lesson lesson, List<Integer> path, boolean cached) {
        Map<Integer, StepState> played = new TreeMap<>();
        StepRunCache cache = new StepRunCache();
        long start = System.nanoTime();
        long firstPass = 0;
        for (int n = 0; n < path.size(); n++) {
            if (n == lesson.steps().size()) {
                firstPass = System.nanoTime() - start;
            }
            int i = path.get(n);
            StepState s = cached ? played.computeIfAbsent(i, k -> LessonPlayer.play(lesson.steps().get(k), k))
                    : LessonPlayer.play(lesson.steps().get(i), i);
            RecordedRun.record(cached ? cache.sourceFor(s) : new StepRunSource(s), 2_000);
        }
        return new long[] {firstPass, System.nanoTime() - start - firstPass};
    }
}
