package org.mptcplab.lessons.play;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.model.Exercise;
import org.mptcplab.lessons.model.ExerciseGoal;
import org.mptcplab.lessons.model.PointKind;
import org.mptcplab.lessons.model.Query;
import org.mptcplab.lessons.model.RunPoint;
import org.mptcplab.lessons.model.Step;

/**
 * Checks exercises by re-running the engine with the student's value. Each student gets a seed of
 * their own (from their name), so keys, tokens and ephemeral ports differ from their neighbour's.
 */
public final class Exercises {
    /** Ports {@link #solve} tries: unprivileged, and few enough to stay fast. */
    public static final int FIRST_PORT = 40000;
    /** Number of ports {@link #solve} tries. */
    public static final int PORTS_TRIED = 64;

    /** Enough simulated time after the SYN for it to reach a server in every bundled topology. */
    private static final long JOIN_LOOKAHEAD = 50_000_000L;

    private Exercises() {
    }

    /** A stable seed for {@code student} (FNV-1a of the UTF-8 name, kept positive). */
    public static long seedFor(String student) {
        long h = 0xcbf29ce484222325L;
        for (byte b : student.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h & Long.MAX_VALUE;
    }

    /**
     * Runs the step's scenario with {@code value} as the exercise's parameter and the student's seed.
     *
     * @throws IllegalArgumentException when the step has no exercise or the value is not a port
     */
    public static ExerciseResult check(Step step, String student, int value) {
        Exercise ex = exerciseOf(step);
        if (value < 1 || value > 65535) {
            throw new IllegalArgumentException("a port is in 1..65535, got " + value);
        }
        String[] landed = landing(step, ex, student, value);
        boolean right = landed[0].equals(landed[1]);
        return new ExerciseResult(right, landed[0], step.question().feedback().render(right, landed[0]));
    }

    /** A value that solves the exercise for {@code student}, if one exists among the ports tried. */
    public static OptionalInt solve(Step step, String student) {
        Exercise ex = exerciseOf(step);
        for (int port = FIRST_PORT; port < FIRST_PORT + PORTS_TRIED; port++) {
            String[] landed = landing(step, ex, student, port);
            if (landed[0].equals(landed[1])) {
                return OptionalInt.of(port);
            }
        }
        return OptionalInt.empty();
    }

    /** {where the JOIN or connection landed, where it should have}, both "nowhere" when unknown. */
    private static String[] landing(Step step, Exercise ex, String student, int value) {
        Step variant = new Step(step.scenario(), ex.parameter().apply(step.variant(), value).withSeed(seedFor(student)),
                step.at(), step.narration(), step.highlight(), step.question(), step.image());
        Scenario s = LessonPlayer.scenarioOf(variant);
        boolean join = ex.goal() == ExerciseGoal.JOIN_LANDS_ON;
        try {
            Recording r = Recording.run(s, new RunPoint.NthEvent(join ? PointKind.MP_JOIN : PointKind.SYN, 1),
                    JOIN_LOOKAHEAD);
            String landed = QueryEvaluator.evaluate(join ? Query.BACKEND_OF_NEXT_JOIN : Query.BACKEND_OF_CONNECTION, r)
                    .orElse("nowhere");
            String wanted = ex.target().equals(Exercise.CONNECTION_SERVER)
                    ? QueryEvaluator.evaluate(Query.BACKEND_OF_CONNECTION, r).orElse("nowhere") : ex.target();
            return new String[] {landed, wanted};
        } catch (PointNotReachedException e) {
            return new String[] {"nowhere", ex.target()};
        }
    }

    private static Exercise exerciseOf(Step step) {
        if (step.question() == null || step.question().exercise() == null) {
            throw new IllegalArgumentException("this step has no exercise");
        }
        return step.question().exercise();
    }
}
