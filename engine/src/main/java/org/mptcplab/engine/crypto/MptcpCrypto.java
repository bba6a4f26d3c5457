package org.mptcplab.engine.crypto;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.OptionalInt;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Key-derived MPTCP values (RFC 8684, MPTCP v1, HMAC-SHA256). All keys are the 64-bit values carried
 * in MP_CAPABLE and are hashed as 8 bytes, big-endian (network order), exactly as on the wire.
 *
 * <p>Naming follows RFC 8684 §3.2: host A initiates the MP_JOIN, host B answers it. Stateless; every
 * method is a pure function of its arguments.
 */
public final class MptcpCrypto {
    /** Bytes of the truncated HMAC in the MP_JOIN ACK (RFC 8684 §3.2: 160 bits). */
    public static final int JOIN_ACK_HMAC_LENGTH = 20;

    private MptcpCrypto() {}

    /** Connection token: most significant 32 bits of SHA-256(key) (RFC 8684 §3.1). */
    public static int token(long key) {
        return Digests.firstInt(Digests.sha256(Digests.longBytes(key)));
    }

    /**
     * Initial data sequence number: least significant 64 bits of SHA-256(key) (RFC 8684 §3.1). The
     * first data byte the key's owner sends carries DSN {@code idsn(key) + 1}.
     */
    public static long idsn(long key) {
        return Digests.lastLong(Digests.sha256(Digests.longBytes(key)));
    }

    /**
     * MP_JOIN SYN/ACK truncated HMAC, sent by B: leftmost 64 bits of
     * HMAC-SHA256(key = Key-B || Key-A, msg = R-B || R-A) (RFC 8684 §3.2).
     */
    public static long joinSynAckHmac(long keyB, long keyA, int nonceB, int nonceA) {
        byte[] message = ByteBuffer.allocate(8).putInt(nonceB).putInt(nonceA).array();
        return Digests.firstLong(Digests.hmacSha256(Digests.keyPair(keyB, keyA), message));
    }

    /**
     * MP_JOIN third-ACK HMAC, sent by A: leftmost 160 bits of
     * HMAC-SHA256(key = Key-A || Key-B, msg = R-A || R-B) (RFC 8684 §3.2). Returns a fresh 20-byte array.
     */
    public static byte[] joinAckHmac(long keyA, long keyB, int nonceA, int nonceB) {
        byte[] message = ByteBuffer.allocate(8).putInt(nonceA).putInt(nonceB).array();
        byte[] full = Digests.hmacSha256(Digests.keyPair(keyA, keyB), message);
        return Arrays.copyOf(full, JOIN_ACK_HMAC_LENGTH);
    }

    /**
     * ADD_ADDR truncated HMAC (RFC 8684 §3.4.1), sent with a non-echo ADD_ADDR: rightmost 64 bits of
     * HMAC-SHA256(key = Key-sender || Key-receiver, msg = id | address | port, zero when absent).
     */
    public static long addAddrHmac(long keySender, long keyReceiver, int addressId, IpAddress address,
                                   OptionalInt port) {
        return addAddrHmac(keySender, keyReceiver, addressId, address.toBytes(), port);
    }

    /**
     * ADD_ADDR truncated HMAC over raw address bytes: RIGHTMOST 64 bits of
     * HMAC-SHA256(key = Key-sender || Key-receiver, msg = id (1) | address (4 or 16) | port (2))
     * (RFC 8684 §3.4.1: "the rightmost 64 bits of an HMAC"; the port is two zero octets when absent).
     *
     * @param addressBytes 4 bytes for IPv4, 16 for IPv6, network order
     */
    public static long addAddrHmac(long keySender, long keyReceiver, int addressId, byte[] addressBytes,
                                   OptionalInt port) {
        if (addressBytes.length != 4 && addressBytes.length != 16) {
            throw new IllegalArgumentException("address must be 4 or 16 bytes, got " + addressBytes.length);
        }
        if (addressId < 0 || addressId > 0xFF) {
            throw new IllegalArgumentException("address id out of range 0..255: " + addressId);
        }
        int portValue = port.orElse(0);
        if (portValue < 0 || portValue > 0xFFFF) {
            throw new IllegalArgumentException("port out of range 0..65535: " + portValue);
        }
        ByteBuffer message = ByteBuffer.allocate(1 + addressBytes.length + 2);
        message.put((byte) addressId).put(addressBytes).putShort((short) portValue);
        return Digests.lastLong(Digests.hmacSha256(Digests.keyPair(keySender, keyReceiver), message.array()));
    }

    /** MPTCP v0 token: most significant 32 bits of SHA-1(key) (RFC 6824 §3.1). */
    public static int tokenV0(long key) {
        return Digests.firstInt(Digests.sha1(Digests.longBytes(key)));
    }

    /** MPTCP v0 IDSN: least significant 64 bits of SHA-1(key) (RFC 6824 §3.1). */
    public static long idsnV0(long key) {
        return Digests.lastLong(Digests.sha1(Digests.longBytes(key)));
    }
}
