package org.mptcplab.lessons.play;

import java.util.List;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.model.Exercise;
import org.mptcplab.lessons.model.PacketField;
import org.mptcplab.lessons.model.Question;
import org.mptcplab.lessons.model.QuestionType;
import org.mptcplab.lessons.model.Step;

/** The checks of one played step; each problem is a {field path, message} pair. */
final class StepChecks {
    /** Student name whose seed the checker uses to prove an exercise solvable. */
    static final String CHECK_STUDENT = "lesson-check";

    private StepChecks() {
    }

    static void highlight(Step step, StepState state, Scenario scenario, String path, List<String[]> out) {
        List<String> names = scenario.nodeNames();
        for (int k = 0; k < step.highlight().nodes().size(); k++) {
            String n = step.highlight().nodes().get(k);
            if (!names.contains(n)) {
                out.add(new String[] {path + ".highlight.nodes[" + k + "]", "no node \"" + n + "\" in scenario "
                        + step.scenario() + " (nodes: " + String.join(", ", names) + ")"});
            }
        }
        if (step.highlight().currentPacket() && state.packet() == null) {
            out.add(new String[] {path + ".highlight.packet", "there is no current packet at " + step.at().describe()});
        }
        for (int k = 0; k < step.highlight().fields().size(); k++) {
            PacketField f = step.highlight().fields().get(k);
            if (!state.fields().containsKey(f)) {
                out.add(new String[] {path + ".highlight.fields[" + k + "]", "the event at " + step.at().describe()
                        + " has no field " + f.word()});
            }
        }
    }

    static void question(Step step, StepState state, Scenario scenario, String path, List<String[]> out) {
        Question q = step.question();
        if (q == null) {
            return;
        }
        if (q.type() == QuestionType.EXERCISE) {
            String target = q.exercise().target();
            boolean host = target.equals(Exercise.CONNECTION_SERVER) || scenario.nodes().stream()
                    .anyMatch(n -> n instanceof HostSpec && n.name().equals(target));
            if (!host) {
                out.add(new String[] {path + ".question.target", "no host \"" + target + "\" in scenario "
                        + step.scenario()});
            } else if (Exercises.solve(step, CHECK_STUDENT).isEmpty()) {
                out.add(new String[] {path + ".question.target", "no " + q.exercise().parameter().word() + " in "
                        + Exercises.FIRST_PORT + ".." + (Exercises.FIRST_PORT + Exercises.PORTS_TRIED - 1)
                        + " makes the goal " + q.exercise().goal().word() + " " + target + " hold"});
            }
            return;
        }
        if (state.answer().isEmpty()) {
            out.add(new String[] {path + ".question.answer", "\"" + q.answer().word()
                    + "\" cannot be computed at " + step.at().describe() + " in " + step.scenario()});
        } else if (q.type() == QuestionType.CHOICE && q.choices().stream()
                .noneMatch(c -> c.strip().equalsIgnoreCase(state.answer().get()))) {
            out.add(new String[] {path + ".question.choices", "the computed answer \"" + state.answer().get()
                    + "\" is not among the choices"});
        }
    }
}
