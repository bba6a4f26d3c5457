package org.mptcplab.lessons.play;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.model.PacketField;
import org.mptcplab.lessons.model.Question;
import org.mptcplab.lessons.model.QuestionType;
import org.mptcplab.lessons.model.Step;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * Plays lessons without a screen: every step is a fresh deterministic run of its scenario (variant
 * applied) to its point, so stepping back is just playing an earlier step again.
 */
public final class LessonPlayer {
    private LessonPlayer() {
    }

    /** Plays every step in order. */
    public static List<StepState> play(Lesson lesson) {
        List<StepState> states = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            states.add(play(lesson.steps().get(i), i));
        }
        return states;
    }

    /**
     * Plays one step.
     *
     * @throws PointNotReachedException when the point is not in the run
     * @throws IllegalArgumentException when the variant cannot be applied
     */
    public static StepState play(Step step, int index) {
        Scenario scenario = scenarioOf(step);
        Recording r = Recording.run(scenario, step.at());
        Question q = step.question();
        Optional<String> answer = q == null || q.type() == QuestionType.EXERCISE ? Optional.empty()
                : QueryEvaluator.evaluate(q.answer(), r);
        Map<PacketField, String> fields = new LinkedHashMap<>();
        for (PacketField f : step.highlight().fields()) {
            FieldValues.of(f, r.cursorEvent()).ifPresent(v -> fields.put(f, v));
        }
        return new StepState(index, scenario, r.time, r.cursorEvent(), answer, step.highlight().nodes(),
                step.highlight().currentPacket() && r.cursorEvent() != null ? QueryEvaluator.packetOf(r.cursorEvent())
                        : null, fields);
    }

    /** Whether {@code given} is the right answer to the step's choice or value question. */
    public static boolean isCorrect(StepState state, String given) {
        String expected = state.answer().orElseThrow(() -> new IllegalStateException("step has no computed answer"));
        return normal(expected).equals(normal(given));
    }

    /** The built-in scenario of {@code step} with its variant applied. */
    static Scenario scenarioOf(Step step) {
        try {
            return ScenarioVariants.apply(ScenarioLoader.builtIn(step.scenario()), step.variant());
        } catch (ScenarioLoadException e) {
            throw new IllegalStateException("bundled scenario " + step.scenario() + " does not load: " + e.getMessage(),
                    e);
        }
    }

    private static String normal(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
