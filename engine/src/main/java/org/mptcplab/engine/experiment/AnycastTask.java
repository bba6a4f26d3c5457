package org.mptcplab.engine.experiment;

import java.util.function.Supplier;

/**
 * One anycast run to do, as a {@link Supplier} for the {@link ParallelRunner}.
 *
 * @param setup   parameters
 * @param variant transport
 * @param seed    run seed
 */
public record AnycastTask(AnycastSetup setup, AnycastVariant variant, long seed) implements Supplier<AnycastResult> {
    @Override
    public AnycastResult get() {
        return new AnycastRun(setup, variant, seed).run();
    }
}
