package org.mptcplab.engine.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario.
 *
 * @param path    where, as a field path such as {@code links[2].b} or {@code nodes[0].mptcp.endpoints[1].address}
 * @param message what is wrong, one sentence without a final full stop
 */
public record Problem(String path, String message) {
    /** Requires both parts. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
