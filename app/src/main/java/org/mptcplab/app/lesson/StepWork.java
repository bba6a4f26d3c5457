package org.mptcplab.app.lesson;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mptcplab.app.playback.RunStop;
import org.mptcplab.engine.sim.SimulationAbortedException;

/**
 * The engine runs of one lesson player (a step's headless play, an exercise check, a reveal's port
 * search): each runs on the background executor and hands its result to the FX executor, unless the
 * student moved to another step meanwhile. A run that throws hands over a sentence instead, so an
 * engine abort or bug never leaves the player waiting forever or reaches a thread's top.
 */
final class StepWork {
    private final Executor background;
    private final Executor fx;
    /** Counts step changes, so a run that finishes after the student moved on is dropped. */
    private int generation;

    StepWork(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /** A new step is shown: results of runs started before are dropped from now on. */
    void nextStep() {
        generation++;
    }

    /**
     * Runs {@code work} in the background and hands its result to {@code then} on the FX side, or, when
     * it throws, the sentence saying why to {@code failed}; either only if the step is still the same.
     */
    <T> void run(Supplier<T> work, Consumer<T> then, Consumer<String> failed) {
        int mine = generation;
        background.execute(() -> {
            T result = null;
            String why = null;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                why = describe(e);
            }
            T done = result;
            String failure = why;
            fx.execute(() -> {
                if (mine != generation) {
                    return;
                }
                if (failure == null) {
                    then.accept(done);
                } else {
                    failed.accept(failure);
                }
            });
        });
    }

    /** What went wrong, in one sentence: the watchdog's reason, or the exception and a request to report it. */
    static String describe(RuntimeException e) {
        if (e instanceof SimulationAbortedException) {
            return e.getMessage();
        }
        RunStop stop = RunStop.of(e, 0);
        return stop.reason() + " \u2014 " + RunStop.REPORT_IT;
    }
}
