package org.mptcplab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.sim.Time;

/**
 * The paper's anycast experiment (EXPERIMENTS.md §2): TCP and MPTCP with the fix under the same
 * maintenance schedule, one run each per seed.
 *
 * @param setup parameters
 * @param seeds seeds per variant (1..seeds)
 */
public record AnycastExperiment(AnycastSetup setup, int seeds) {

    /** Checks the arguments. */
    public AnycastExperiment {
        Objects.requireNonNull(setup, "setup");
        if (seeds < 1) {
            throw new IllegalArgumentException("need at least one seed: " + seeds);
        }
    }

    /** The documented 60 s run, one seed. */
    public static AnycastExperiment paper() {
        return new AnycastExperiment(AnycastSetup.defaults(), 1);
    }

    /** A 20 s run (one withdrawal and one re-add) for tests and {@code --quick}. */
    public static AnycastExperiment quick() {
        return new AnycastExperiment(AnycastSetup.defaults().withDuration(Time.seconds(20)), 1);
    }

    /** The same experiment with {@code n} seeds. */
    public AnycastExperiment withSeeds(int n) {
        return new AnycastExperiment(setup, n);
    }

    /** One task per (variant, seed), variants outermost. */
    public List<AnycastTask> tasks() {
        List<AnycastTask> tasks = new ArrayList<>();
        for (AnycastVariant v : AnycastVariant.values()) {
            for (int s = 1; s <= seeds; s++) {
                tasks.add(new AnycastTask(setup, v, s));
            }
        }
        return tasks;
    }

    /** The setup's assumptions. */
    public List<Assumption> assumptions() {
        return setup.assumptions();
    }
}
