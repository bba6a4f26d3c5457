package org.mptcplab.engine.experiment;

import java.util.function.Supplier;

/**
 * One L4LB run to do, as a {@link Supplier} for the {@link ParallelRunner}.
 *
 * @param setup fixed parameters
 * @param point swept parameters
 * @param seed  run seed
 */
public record L4lbTask(L4lbSetup setup, L4lbPoint point, long seed) implements Supplier<L4lbResult> {
    @Override
    public L4lbResult get() {
        return L4lbExperiment.run(setup, point, seed);
    }
}
