package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.RunStop;
import org.mptcplab.engine.sim.RunAborted;
import org.mptcplab.engine.sim.SimulationAbortedException;

/** A lesson's engine runs hand over their result, or why they failed, and never throw past the player. */
class StepWorkTest {
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final StepWork work = new StepWork(Runnable::run, fxQueue::add);
    private final List<String> results = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void aRunsResultReachesTheFxSide() {
        work.run(() -> "port 4242 works", results::add, failures::add);
        fxQueue.forEach(Runnable::run);

        assertThat(results).containsExactly("port 4242 works");
        assertThat(failures).isEmpty();
    }

    @Test
    void aWatchdogAbortIsHandedOverAsItsOwnSentence() {
        RunAborted outcome = new RunAborted("event budget of 10 events exhausted", 2_000_000, 10, 3);
        work.<String>run(() -> {
            throw new SimulationAbortedException(outcome);
        }, results::add, failures::add);
        fxQueue.forEach(Runnable::run);

        assertThat(failures).containsExactly(outcome.describe());
        assertThat(results).isEmpty();
    }

    @Test
    void anyOtherExceptionIsHandedOverAsABugToReport() {
        work.<String>run(() -> {
            throw new ArithmeticException("/ by zero");
        }, results::add, failures::add);
        fxQueue.forEach(Runnable::run);

        assertThat(failures).singleElement().satisfies(f -> assertThat(f).startsWith("ArithmeticException: / by zero")
                .endsWith(RunStop.REPORT_IT));
    }

    @Test
    void aResultThatArrivesAfterTheStudentMovedOnIsDropped() {
        work.run(() -> "stale", results::add, failures::add);
        work.nextStep();
        fxQueue.forEach(Runnable::run);

        assertThat(results).isEmpty();
        assertThat(failures).isEmpty();
    }
}
