package org.mptcplab.engine.lb;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.mptcplab.engine.crypto.MptcpCrypto;

/**
 * The "token carries a server id" idea of draft-paasch-mptcp-loadbalancer: each server picks its
 * MP_CAPABLE key so that the resulting token (first 32 bits of SHA-256(key), RFC 8684 §3.1) encodes
 * its id, and the balancer reads the id from the token of every MP_JOIN SYN without keeping state.
 * The draft's exact encoding is not public; this model puts the id in the token's top {@code idBits}
 * bits and has the server draw keys until one fits (2^idBits draws on average, which is why the id
 * field must stay small).
 */
public final class ServerIdToken {
    /** A key a server may use, its token, and how many candidate keys it drew to find it. */
    public record KeyChoice(long key, int token, int attempts) {}

    private final int idBits;

    /** Ids of {@code idBits} bits (1..16). */
    public ServerIdToken(int idBits) {
        if (idBits < 1 || idBits > 16) {
            throw new IllegalArgumentException("id bits must be in 1..16, got " + idBits);
        }
        this.idBits = idBits;
    }

    /** Bits of the token holding the id. */
    public int idBits() {
        return idBits;
    }

    /** Number of distinct server ids: 2^idBits. */
    public int maxIds() {
        return 1 << idBits;
    }

    /** The server id a balancer reads from {@code token}: its top {@code idBits} bits. */
    public int idOf(int token) {
        return token >>> (32 - idBits);
    }

    /** The backend whose id is in {@code token}, servers being numbered by position in {@code serversById}. */
    public Optional<String> backendFor(int token, List<String> serversById) {
        int id = idOf(token);
        return id < serversById.size() ? Optional.of(serversById.get(id)) : Optional.empty();
    }

    /**
     * Draws keys from {@code candidates} until one's token carries {@code serverId}.
     *
     * @throws IllegalStateException if none of {@code maxAttempts} draws fits
     */
    public KeyChoice chooseKey(int serverId, LongSupplier candidates, int maxAttempts) {
        if (serverId < 0 || serverId >= maxIds()) {
            throw new IllegalArgumentException("server id " + serverId + " does not fit in " + idBits + " bits");
        }
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            long key = candidates.getAsLong();
            int token = MptcpCrypto.token(key);
            if (idOf(token) == serverId) {
                return new KeyChoice(key, token, attempt);
            }
        }
        throw new IllegalStateException("no key with server id " + serverId + " in " + maxAttempts + " draws");
    }
}
