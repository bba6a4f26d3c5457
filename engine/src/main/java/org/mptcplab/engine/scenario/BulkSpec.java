package org.mptcplab.engine.scenario;

import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;

/**
 * One bulk transfer of {@code bytes} bytes, or of as many bytes as fit in {@code duration}.
 *
 * @param bytes    transfer size in bytes, or 0 when {@code duration} is given
 * @param duration sending time, ns, or 0 when {@code bytes} is given; the summary counts bytes
 *                 delivered by {@code start + duration}
 */
public record BulkSpec(String name, String from, IpAddress to, int port, long start, Protocol protocol,
        Direction direction, long bytes, long duration) implements AppSpec {
    /** Requires exactly one of size and duration. */
    public BulkSpec {
        AppSpec.check(name, to, port, start);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(direction, "direction");
        if ((bytes > 0) == (duration > 0) || bytes < 0 || duration < 0) {
            throw new IllegalArgumentException("a bulk transfer needs either a positive size or a positive duration");
        }
    }

    @Override
    public String type() {
        return "bulk";
    }
}
