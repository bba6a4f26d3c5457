package org.mptcplab.engine.mptcp;

import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.wire.MpCapableFlags;

/**
 * The key material of one connection (RFC 8684 §3.1-3.2): this host's key, the peer's once it
 * arrives, what the peer's MP_CAPABLE flags asked for, and everything derived from the keys: data
 * sequence numbers and the MP_JOIN HMACs. Naming follows the RFC: A opens the MP_JOIN, B answers.
 */
final class ConnectionKeys {
    private final LocalKey local;
    private long remoteKey;
    private long remoteIdsn;
    private boolean remoteKnown;
    private boolean peerChecksums;
    private boolean peerBansInitial;

    ConnectionKeys(LocalKey local) {
        this.local = local;
    }

    LocalKey local() {
        return local;
    }

    long remoteKey() {
        return remoteKey;
    }

    long remoteIdsn() {
        return remoteIdsn;
    }

    boolean remoteKnown() {
        return remoteKnown;
    }

    void setRemoteKey(long key) {
        remoteKey = key;
        remoteIdsn = MptcpCrypto.idsn(key);
        remoteKnown = true;
    }

    /**
     * Flags of this host's MP_CAPABLE (RFC 8684 §3.1): H always (HMAC-SHA256), A when it wants DSS
     * checksums, C on a server that forbids joins to its initial address and port.
     */
    static int localFlags(MptcpConfig config, boolean passive) {
        int flags = MpCapableFlags.HMAC_SHA256;
        if (config.checksums()) {
            flags |= MpCapableFlags.CHECKSUM_REQUIRED;
        }
        if (passive && !config.allowJoinInitialAddrPort()) {
            flags |= MpCapableFlags.NO_JOIN_TO_SOURCE;
        }
        return flags;
    }

    /** Notes the peer's MP_CAPABLE flags: A (checksums), and C when this side is the client. */
    void onPeerCapable(int flags, boolean passive) {
        peerChecksums |= MpCapableFlags.has(flags, MpCapableFlags.CHECKSUM_REQUIRED);
        if (!passive && MpCapableFlags.has(flags, MpCapableFlags.NO_JOIN_TO_SOURCE)) {
            peerBansInitial = true;
        }
    }

    boolean peerChecksums() {
        return peerChecksums;
    }

    /** True when the server set flag C: no JOIN to its initial address and port. */
    boolean peerBansInitial() {
        return peerBansInitial;
    }

    long localDsn(long offset) {
        return DataSequence.dsn(local.idsn(), offset);
    }

    long remoteDsn(long offset) {
        return DataSequence.dsn(remoteIdsn, offset);
    }

    /** B's truncated SYN/ACK HMAC, B being this host: HMAC(Key-B || Key-A, R-B || R-A), leftmost 64 bits. */
    long joinSynAckHmac(int localNonce, int remoteNonce) {
        return MptcpCrypto.joinSynAckHmac(local.key(), remoteKey, localNonce, remoteNonce);
    }

    /** The SYN/ACK HMAC A expects from B, A being this host. */
    long expectedSynAckHmac(int remoteNonce, int localNonce) {
        return MptcpCrypto.joinSynAckHmac(remoteKey, local.key(), remoteNonce, localNonce);
    }

    /** A's third-ACK HMAC, A being this host: HMAC(Key-A || Key-B, R-A || R-B), leftmost 160 bits. */
    byte[] joinAckHmac(int localNonce, int remoteNonce) {
        return MptcpCrypto.joinAckHmac(local.key(), remoteKey, localNonce, remoteNonce);
    }

    /** The third-ACK HMAC B expects from A, B being this host. */
    byte[] expectedJoinAckHmac(int remoteNonce, int localNonce) {
        return MptcpCrypto.joinAckHmac(remoteKey, local.key(), remoteNonce, localNonce);
    }
}
