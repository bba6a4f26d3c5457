package org.mptcplab.lessons.play;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mptcplab.engine.scenario.InvalidScenarioException;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.Position;
import org.mptcplab.lessons.model.Step;

/**
 * {@code lesson check}: loads lessons (schema, scenario references) and plays them on the engine to
 * prove that every point exists in its run, every highlighted node and field exists there, and every
 * question's answer is computable (and, for choices, among the choices).
 */
public final class LessonChecker {
    private LessonChecker() {
    }

    /** Problems of every bundled lesson. */
    public static List<LessonProblem> checkBundled() {
        List<LessonProblem> all = new ArrayList<>();
        for (String id : LessonLoader.BUNDLED) {
            try {
                all.addAll(check(LessonLoader.bundled(id)));
            } catch (LessonLoadException e) {
                all.add(LessonProblem.of(e));
            }
        }
        return all;
    }

    /** Problems of the lesson file {@code path}, or of every {@code *.json} in a directory (sorted). */
    public static List<LessonProblem> checkPath(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return checkFile(path);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(path)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
        List<LessonProblem> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(checkFile(f));
        }
        return all;
    }

    /** Problems of one file. */
    public static List<LessonProblem> checkFile(Path file) throws IOException {
        try {
            return check(LessonLoader.load(file));
        } catch (LessonLoadException e) {
            return List.of(LessonProblem.of(e));
        }
    }

    /** Problems found by playing {@code lesson}. */
    public static List<LessonProblem> check(Lesson lesson) {
        List<LessonProblem> problems = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            String path = "steps[" + i + "]";
            for (String[] p : checkStep(lesson.steps().get(i), i, path)) {
                Position at = lesson.sources().at(p[0]);
                problems.add(new LessonProblem(lesson.sources().file(), at, p[0], p[1]));
            }
        }
        return problems;
    }

    private static List<String[]> checkStep(Step step, int index, String path) {
        List<String[]> out = new ArrayList<>();
        Scenario scenario;
        try {
            scenario = LessonPlayer.scenarioOf(step);
        } catch (IllegalArgumentException e) {
            out.add(new String[] {path + ".variant", e.getMessage()});
            return out;
        }
        StepState state;
        try {
            state = LessonPlayer.play(step, index);
        } catch (InvalidScenarioException e) {
            out.add(new String[] {path + ".variant", "the variant makes the scenario invalid: " + e.getMessage()});
            return out;
        } catch (PointNotReachedException e) {
            out.add(new String[] {path + ".at", e.getMessage()});
            return out;
        }
        StepChecks.highlight(step, state, scenario, path, out);
        StepChecks.question(step, state, scenario, path, out);
        return out;
    }
}
