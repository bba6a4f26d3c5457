package org.mptcplab.engine.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Thin wrappers over the JDK digest and MAC providers. A fresh instance per call keeps the callers
 * free of shared mutable state; the algorithms are mandatory in every Java SE runtime, so a missing
 * provider is a broken JDK and surfaces as an {@link IllegalStateException}.
 */
final class Digests {
    private Digests() {}

    static byte[] sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    static byte[] sha1(byte[] data) {
        return digest("SHA-1", data);
    }

    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JDK", e);
        }
    }

    /** Two 64-bit keys as 16 bytes, big-endian, first one first: the MPTCP HMAC key layout. */
    static byte[] keyPair(long first, long second) {
        return ByteBuffer.allocate(16).putLong(first).putLong(second).array();
    }

    static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    static int firstInt(byte[] hash) {
        return ByteBuffer.wrap(hash).getInt(0);
    }

    static long firstLong(byte[] hash) {
        return ByteBuffer.wrap(hash).getLong(0);
    }

    static long lastLong(byte[] hash) {
        return ByteBuffer.wrap(hash).getLong(hash.length - Long.BYTES);
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " unavailable in this JDK", e);
        }
    }
}
