package org.mptcplab.engine.mptcp;

import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;
import org.mptcplab.engine.sim.RandomStream;

/**
 * Draws connection keys from a host's named random stream through the host's {@link KeyPolicy}. A
 * key whose token is already taken on the host is thrown away and another one drawn, as Linux does
 * ({@code mptcp_token_new_connect} retries), because two connections with one token could not be told
 * apart by MP_JOIN.
 */
final class KeyGenerator {
    /** Give up after this many collisions in a row (only reachable with a rigged stream). */
    static final int MAX_ATTEMPTS = 64;

    private final LongSupplier random;
    private final KeyPolicy policy;
    private long collisions;

    KeyGenerator(RandomStream random, KeyPolicy policy) {
        this.random = Objects.requireNonNull(random, "random")::nextLong;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    KeyGenerator(RandomStream random) {
        this(random, KeyPolicy.random());
    }

    /** A fresh key whose token does not satisfy {@code tokenInUse}. */
    LocalKey next(IntPredicate tokenInUse) {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            LocalKey candidate = LocalKey.of(policy.draw(random));
            if (!tokenInUse.test(candidate.token())) {
                return candidate;
            }
            collisions++;
        }
        throw new IllegalStateException("no free MPTCP token after " + MAX_ATTEMPTS + " keys");
    }

    /** Keys discarded because their token was taken. */
    long collisions() {
        return collisions;
    }
}
