package org.mptcplab.engine.mptcp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A host's token table (RFC 8684 §3.2): MP_JOIN SYNs name the connection they join by its token, so
 * each token must identify one connection on the host. Sorted, so listing it is deterministic.
 *
 * @param <T> what a token leads to
 */
final class TokenTable<T> {
    private final TreeMap<Integer, T> byToken = new TreeMap<>(Integer::compareUnsigned);

    boolean contains(int token) {
        return byToken.containsKey(token);
    }

    /** The entry for {@code token}, or null. */
    T get(int token) {
        return byToken.get(token);
    }

    /** Registers {@code value}; the token must be free. */
    void put(int token, T value) {
        if (byToken.putIfAbsent(token, value) != null) {
            throw new IllegalStateException("token 0x" + Integer.toHexString(token) + " already in use");
        }
    }

    /** Removes the entry if it still belongs to {@code value}. */
    void remove(int token, T value) {
        byToken.remove(token, value);
    }

    int size() {
        return byToken.size();
    }

    /** Entries ordered by unsigned token. */
    List<T> values() {
        return new ArrayList<>(byToken.values());
    }
}
