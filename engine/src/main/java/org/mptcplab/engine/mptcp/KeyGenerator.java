package org.mptcplab.engine.mptcp;

import java.util.function.IntPredicate;
import org.mptcplab.engine.sim.RandomStream;

/**
 * Draws connection keys from a host's named random stream. A key whose token is already taken on
 * the host is thrown away and another one drawn, as Linux does ({@code mptcp_token_new_connect}
 * retries), because two connections with one token could not be told apart by MP_JOIN.
 */
final class KeyGenerator {
    /** Give up after this many collisions in a row (only reachable with a rigged stream). */
    static final int MAX_ATTEMPTS = 64;

    private final RandomStream random;
    private long collisions;

    KeyGenerator(RandomStream random) {
        this.random = random;
    }

    /** A fresh key whose token does not satisfy {@code tokenInUse}. */
    LocalKey next(IntPredicate tokenInUse) {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            LocalKey candidate = LocalKey.of(random.nextLong());
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
