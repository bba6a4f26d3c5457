package org.mptcplab.lessons.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Step;

class ExercisesTest {

    static Step joinExercise() throws Exception {
        return LessonLoader.bundled("join-breaks-behind-lb").steps().get(4);
    }

    @Test
    void aSolutionFoundForAStudentIsAcceptedWhenTheyEnterIt() throws Exception {
        Step step = joinExercise();
        OptionalInt port = Exercises.solve(step, "alice");

        assertThat(port).isPresent();
        ExerciseResult result = Exercises.check(step, "alice", port.getAsInt());
        assertThat(result.correct()).isTrue();
        assertThat(result.feedback()).contains("**" + result.landedOn() + "**").contains("accepted");
    }

    @Test
    void aPortThatMissesIsRefusedWithTheServerItReached() throws Exception {
        Step step = joinExercise();
        int solution = Exercises.solve(step, "alice").getAsInt();
        ExerciseResult miss = null;
        for (int port = Exercises.FIRST_PORT; port < Exercises.FIRST_PORT + 10 && miss == null; port++) {
            ExerciseResult r = Exercises.check(step, "alice", port);
            miss = r.correct() ? null : r;
        }

        assertThat(miss).isNotNull();
        assertThat(miss.landedOn()).matches("s[123]");
        assertThat(miss.feedback()).contains(miss.landedOn()).contains("Try another");
        assertThat(Exercises.check(step, "alice", solution).landedOn()).isNotEqualTo(miss.landedOn());
    }

    @Test
    void studentsGetDifferentStableSeeds() {
        assertThat(Exercises.seedFor("alice")).isEqualTo(Exercises.seedFor("alice")).isNotNegative()
                .isNotEqualTo(Exercises.seedFor("bob"));
    }

    @Test
    void theCorrectPortDependsOnTheStudentsSeedForTheJoinExercise() throws Exception {
        Step step = joinExercise();
        java.util.Set<Integer> solutions = new java.util.TreeSet<>();
        for (String student : new String[] {"alice", "bob", "carol", "dave"}) {
            solutions.add(Exercises.solve(step, student).getAsInt());
        }

        assertThat(solutions).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void refusesValuesThatAreNotPortsAndStepsWithoutExercise() throws Exception {
        Step step = joinExercise();
        Step noExercise = LessonLoader.bundled("join-breaks-behind-lb").steps().get(0);

        assertThatThrownBy(() -> Exercises.check(step, "alice", 70000)).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> Exercises.check(noExercise, "alice", 1234)).hasMessageContaining("no exercise");
    }
}
