package org.mptcplab.engine.mptcp;

import java.util.function.LongSupplier;

/** {@link KeyPolicy#random()}: one value of the stream per key. A class, not a lambda, so it prints stably. */
final class RandomKeyPolicy implements KeyPolicy {
    static final RandomKeyPolicy INSTANCE = new RandomKeyPolicy();

    private RandomKeyPolicy() {
    }

    @Override
    public long draw(LongSupplier random) {
        return random.getAsLong();
    }

    @Override
    public String toString() {
        return "random";
    }
}
