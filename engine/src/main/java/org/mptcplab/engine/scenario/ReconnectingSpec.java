package org.mptcplab.engine.scenario;

import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;

/**
 * {@code count} clients on one host, each downloading without end and reconnecting
 * {@code reconnectDelay} after its connection is reset (the anycast experiment's workload).
 *
 * @param count          number of clients, from 1
 * @param stagger        delay between the starts of consecutive clients, ns
 * @param reconnectDelay wait after a reset before the next connection, ns
 */
public record ReconnectingSpec(String name, String from, IpAddress to, int port, long start, Protocol protocol,
        int count, long stagger, long reconnectDelay) implements AppSpec {
    /** Validates counts and delays. */
    public ReconnectingSpec {
        AppSpec.check(name, to, port, start);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(protocol, "protocol");
        if (count < 1 || stagger < 0 || reconnectDelay < 0) {
            throw new IllegalArgumentException("count must be positive and delays not negative");
        }
    }

    @Override
    public String type() {
        return "reconnecting";
    }
}
