package org.mptcplab.engine.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Ipv6Address;

/**
 * Per-client IPv6 addresses (the talk's security slide): the server advertises to each client an
 * address of its own /64 that only that client, joining that connection, can use. Layout, 128 bits:
 * <pre>
 *   bits   0..63   the server's prefix (its first 64 bits)
 *   bits  64..95   first 32 bits of HMAC-SHA256(key = secret, msg = client address (4 or 16) | token (4))
 *   bits  96..127  the connection's token (RFC 8684 §3.1), as the JOIN will carry it
 * </pre>
 * The MAC covers the token as well as the client so that a client cannot move its address to another
 * connection by editing the low 32 bits. 32 bits of MAC are guessable with effort (2^31 tries on
 * average), which is why a real deployment would pair this with rate limiting; the product uses it to
 * show the idea, not as a cryptographic claim.
 */
public final class PerClientAddress {
    private final IpPrefix prefix;
    private final byte[] secret;

    /**
     * @param prefix an IPv6 prefix of at most 64 bits (its first 64 bits become the address's)
     * @param secret the server's MAC key, at least 1 byte
     */
    public PerClientAddress(IpPrefix prefix, byte[] secret) {
        this.prefix = checkPrefix(prefix);
        this.secret = checkSecret(secret).clone();
    }

    /** The server's prefix. */
    public IpPrefix prefix() {
        return prefix;
    }

    /** The address for {@code client} joining the connection with {@code token}. */
    public Ipv6Address derive(IpAddress client, int token) {
        return derive(prefix, secret, client, token);
    }

    /** True when {@code address} is in the prefix and was derived for {@code client} and {@code token}. */
    public boolean verify(Ipv6Address address, IpAddress client, int token) {
        return prefix.contains(address) && verify(address, secret, client, token);
    }

    /** The address for {@code client} and {@code token} under {@code prefix} and {@code secret}. */
    public static Ipv6Address derive(IpPrefix prefix, byte[] secret, IpAddress client, int token) {
        long high = ((Ipv6Address) checkPrefix(prefix).address()).high();
        long low = (Integer.toUnsignedLong(mac(checkSecret(secret), client, token)) << 32)
                | Integer.toUnsignedLong(token);
        return new Ipv6Address(high, low);
    }

    /** True when the low 64 bits of {@code address} are the MAC and token for {@code client} and {@code token}. */
    public static boolean verify(Ipv6Address address, byte[] secret, IpAddress client, int token) {
        Objects.requireNonNull(address, "address");
        long expected = (Integer.toUnsignedLong(mac(checkSecret(secret), client, token)) << 32)
                | Integer.toUnsignedLong(token);
        return address.low() == expected;
    }

    /** The token field of a per-client address (its last 32 bits). */
    public static int tokenOf(Ipv6Address address) {
        return (int) address.low();
    }

    /** First 32 bits of HMAC-SHA256(secret, client address bytes | token big-endian). */
    public static int mac(byte[] secret, IpAddress client, int token) {
        Objects.requireNonNull(client, "client");
        byte[] address = client.toBytes();
        byte[] message = ByteBuffer.allocate(address.length + 4).put(address).putInt(token).array();
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(checkSecret(secret), "HmacSHA256"));
            return ByteBuffer.wrap(hmac.doFinal(message)).getInt(0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JDK", e);
        }
    }

    private static IpPrefix checkPrefix(IpPrefix prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!(prefix.address() instanceof Ipv6Address) || prefix.length() > 64) {
            throw new IllegalArgumentException("per-client addresses need an IPv6 prefix of at most /64: " + prefix);
        }
        return prefix;
    }

    private static byte[] checkSecret(byte[] secret) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("the secret must have at least one byte");
        }
        return secret;
    }
}
