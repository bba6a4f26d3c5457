package org.mptcplab.engine.scenario;

import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;

/**
 * A client sending {@code requests} requests one after the other on one connection, each answered.
 *
 * @param requests     number of requests, from 1
 * @param requestSize  bytes per request
 * @param responseSize bytes per response
 */
public record RequestResponseSpec(String name, String from, IpAddress to, int port, long start, Protocol protocol,
        int requests, long requestSize, long responseSize) implements AppSpec {
    /** Validates sizes. */
    public RequestResponseSpec {
        AppSpec.check(name, to, port, start);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(protocol, "protocol");
        if (requests < 1 || requestSize < 1 || responseSize < 1) {
            throw new IllegalArgumentException("requests and sizes must be positive");
        }
    }

    @Override
    public String type() {
        return "requestResponse";
    }
}
