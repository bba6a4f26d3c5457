package org.mptcplab.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.play.LessonChecker;
import org.mptcplab.lessons.play.LessonProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mptcp-lab lesson list|check [FILE|DIR]}: the bundled lessons, and the lesson checker
 * (docs/lessons.md). Problems go to stderr as {@code file:line:col: path: message}, exit code 2.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List or check lessons (docs/lessons.md).",
        subcommands = {LessonCommand.ListLessons.class, LessonCommand.CheckLessons.class})
final class LessonCommand implements Callable<Integer> {
    private final CliContext context;

    LessonCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        throw new UserError("lesson needs a command: 'lesson list' or 'lesson check [FILE|DIR]'");
    }

    /** {@code lesson list}: id and title of every bundled lesson, in teaching order. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List the bundled lessons (id and title).")
    static final class ListLessons implements Callable<Integer> {
        private final CliContext context;

        ListLessons(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<Lesson> lessons;
            try {
                lessons = LessonLoader.bundled();
            } catch (LessonLoadException e) {
                throw new IllegalStateException("a bundled lesson does not load: " + e.getMessage(), e);
            }
            int width = lessons.stream().mapToInt(l -> l.id().length()).max().orElse(0);
            lessons.forEach(l -> context.out().println(String.format("%-" + width + "s  %s", l.id(), l.title())));
            context.out().flush();
            return ExitCodes.OK;
        }
    }

    /** {@code lesson check [FILE|DIR]}: validates and plays lessons; all bundled ones without argument. */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Check lessons: schema, scenario references, that every point exists in its run and that",
                "every question's answer is computable. Without FILE|DIR, checks the bundled lessons."})
    static final class CheckLessons implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "FILE|DIR", arity = "0..1",
                description = "A lesson file, or a directory whose *.json files are lessons.")
        private Path target;

        CheckLessons(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<LessonProblem> problems;
            String what;
            if (target == null) {
                problems = LessonChecker.checkBundled();
                what = LessonLoader.BUNDLED.size() + " bundled lessons";
            } else {
                if (!Files.exists(target)) {
                    throw new UserError("no such file or directory: " + target);
                }
                try {
                    problems = LessonChecker.checkPath(target);
                } catch (IOException e) {
                    throw new UserError("cannot read " + target + ": " + e.getMessage());
                }
                what = target.toString();
            }
            problems.forEach(p -> context.err().println(p));
            context.err().flush();
            if (!problems.isEmpty()) {
                return ExitCodes.USAGE;
            }
            context.out().println("lesson check: " + what + ": no problems");
            context.out().flush();
            return ExitCodes.OK;
        }
    }
}
