package org.mptcplab.engine.mptcp;

import java.util.function.LongSupplier;

/**
 * How a host picks the 64-bit key of a new connection (RFC 8684 §3.1) from its random stream
 * {@code mptcp:<host>:keys}. RFC 8684 only asks the key to be random and its token unique on the host;
 * a server behind a load balancer may also want the token (first 32 bits of SHA-256(key)) to say
 * something, as in draft-paasch-mptcp-loadbalancer, where it carries the server's id.
 *
 * <p>The host still rejects a key whose token is already in use and asks the policy again, so a
 * policy only restricts which keys are acceptable; it never has to know the token table.
 */
@FunctionalInterface
public interface KeyPolicy {
    /**
     * One key drawn from {@code random}. The policy may take as many values as it needs; it must use no
     * other source of randomness, so that the same seed gives the same keys.
     */
    long draw(LongSupplier random);

    /** RFC 8684's plain choice: the stream's next 64 bits, one value per key (the default). */
    static KeyPolicy random() {
        return RandomKeyPolicy.INSTANCE;
    }
}
