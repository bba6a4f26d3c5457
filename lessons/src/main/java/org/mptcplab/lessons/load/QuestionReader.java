package org.mptcplab.lessons.load;

import java.util.List;
import org.mptcplab.lessons.model.Exercise;
import org.mptcplab.lessons.model.ExerciseGoal;
import org.mptcplab.lessons.model.ExerciseParameter;
import org.mptcplab.lessons.model.Feedback;
import org.mptcplab.lessons.model.Query;
import org.mptcplab.lessons.model.Question;
import org.mptcplab.lessons.model.QuestionType;

/** A step's question: choice, value or exercise, with feedback. */
final class QuestionReader {
    static final List<String> FIELDS = List.of("type", "prompt", "choices", "answer", "goal", "target",
            "parameter", "feedback");

    private QuestionReader() {
    }

    static Question read(Fields q) {
        QuestionType type = q.word("type", QuestionType.class);
        String prompt = q.string("prompt", LessonLimits.MAX_LINE);
        List<String> choices = q.strings("choices", LessonLimits.MAX_ITEMS, type == QuestionType.CHOICE);
        if (type == QuestionType.CHOICE && choices.size() < 2) {
            throw q.error("choices", "a choice question needs at least two choices");
        }
        if (type != QuestionType.CHOICE && q.has("choices")) {
            throw q.error("choices", "only a \"choice\" question has choices");
        }
        if (choices.stream().distinct().count() != choices.size()) {
            throw q.error("choices", "choices must be distinct");
        }
        Query answer = null;
        Exercise exercise = null;
        if (type == QuestionType.EXERCISE) {
            for (String f : List.of("answer")) {
                if (q.has(f)) {
                    throw q.error(f, "an exercise is checked by re-running the engine; it has no \"answer\"");
                }
            }
            exercise = new Exercise(q.word("goal", ExerciseGoal.class), q.string("target", 64),
                    q.word("parameter", ExerciseParameter.class));
        } else {
            for (String f : List.of("goal", "target", "parameter")) {
                if (q.has(f)) {
                    throw q.error(f, "only an \"exercise\" has \"" + f + "\"");
                }
            }
            if (q.has("answer") && q.required("answer").kind() != Node.Kind.STRING) {
                throw q.error("answer", "the answer is a query name such as \"backendOfNextJoin\","
                        + " computed from the run, never a literal; got " + q.required("answer").describe());
            }
            answer = q.word("answer", Query.class);
        }
        Fields fb = q.object("feedback", List.of("correct", "wrong"));
        Feedback feedback = new Feedback(StepReader.narration(fb, "correct"), StepReader.narration(fb, "wrong"));
        return new Question(type, prompt, choices, answer, exercise, feedback);
    }
}
