package org.mptcplab.engine.lb;

import java.util.Objects;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * A hashing policy (function + fields) that turns a 5-tuple and a {@link BackendSelector} into a
 * fully explained {@link LbDecision}: input bytes, hash, method, slot, candidates and choice.
 */
public final class HashDecisionBuilder {
    private final HashFunction function;
    private final HashInput input;

    /**
     * @throws IllegalArgumentException if {@code function} cannot hash the {@code input} layout of an
     *         IPv6 tuple (Toeplitz with the default key and {@link HashInput#L4}: use {@link HashInput#RSS})
     */
    public HashDecisionBuilder(HashFunction function, HashInput input) {
        this.function = Objects.requireNonNull(function, "function");
        this.input = Objects.requireNonNull(input, "input");
        int longest = input.length(16);
        if (longest > function.maxInputLength()) {
            throw new IllegalArgumentException(function.name() + " hashes at most " + function.maxInputLength()
                    + " bytes but fields " + input.fields() + " of an IPv6 tuple take " + longest);
        }
    }

    /** The hash function. */
    public HashFunction function() {
        return function;
    }

    /** The field layout. */
    public HashInput input() {
        return input;
    }

    /** The hash of {@code tuple}'s fields. */
    public long hash(FiveTuple tuple) {
        return function.hash(input.bytes(tuple));
    }

    /**
     * Hashes {@code tuple} and lets {@code selector} choose.
     *
     * @throws IllegalStateException if {@code selector} has no live backend
     */
    public LbDecision decide(FiveTuple tuple, BackendSelector selector) {
        long hash = hash(tuple);
        Selection selection = selector.select(hash);
        return new LbDecision(tuple, input.fields(), function.name(), input.hex(tuple), hash, selector.method(),
                selection.slot(), selector.backends(), selection.backend());
    }

    @Override
    public String toString() {
        return function.name() + " over " + input.fields();
    }
}
