package org.mptcplab.engine.mptcp;

import org.mptcplab.engine.crypto.MptcpCrypto;

/**
 * A host's 64-bit key for one connection and what RFC 8684 §3.1 derives from it: the token (first
 * 32 bits of SHA-256(key)) and the IDSN (last 64 bits).
 *
 * @param key   the key carried in MP_CAPABLE
 * @param token the connection's token on this host, used by MP_JOIN (§3.2)
 * @param idsn  initial data sequence number of this host's stream
 */
public record LocalKey(long key, int token, long idsn) {
    /** Derives token and IDSN from {@code key}. */
    public static LocalKey of(long key) {
        return new LocalKey(key, MptcpCrypto.token(key), MptcpCrypto.idsn(key));
    }
}
