package org.mptcplab.engine.scenario;

import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;

/**
 * One bulk transfer of {@code bytes} bytes, or of as many bytes as fit in {@code duration}.
 *
 * <p>The two source ports exist for the "it is luck" lesson: a load balancer hashes the 5-tuple
 * (PROTOCOL.md §1), so another client port gives another hash and may send the MP_JOIN to the server
 * that holds the connection. Left at 0 the stack picks ephemeral ports, as a real client does.
 *
 * @param bytes          transfer size in bytes, or 0 when {@code duration} is given
 * @param duration       sending time, ns, or 0 when {@code bytes} is given; the summary counts bytes
 *                       delivered by {@code start + duration}
 * @param sourcePort     the client's source port for the connection (its initial subflow), or 0 for an
 *                       ephemeral one
 * @param joinSourcePort the client's source port for its first MP_JOIN subflow (MPTCP only), or 0 for an
 *                       ephemeral one
 */
public record BulkSpec(String name, String from, IpAddress to, int port, long start, Protocol protocol,
        Direction direction, long bytes, long duration, int sourcePort, int joinSourcePort) implements AppSpec {
    /** Requires exactly one of size and duration, source ports in 0..65535 and no JOIN port over plain TCP. */
    public BulkSpec {
        AppSpec.check(name, to, port, start);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(direction, "direction");
        if ((bytes > 0) == (duration > 0) || bytes < 0 || duration < 0) {
            throw new IllegalArgumentException("a bulk transfer needs either a positive size or a positive duration");
        }
        if (sourcePort < 0 || sourcePort > 0xFFFF || joinSourcePort < 0 || joinSourcePort > 0xFFFF) {
            throw new IllegalArgumentException("source ports must be in 1..65535 (0: ephemeral)");
        }
        if (joinSourcePort != 0 && protocol != Protocol.MPTCP) {
            throw new IllegalArgumentException("a JOIN source port needs protocol mptcp");
        }
    }

    /** A transfer from ephemeral source ports. */
    public BulkSpec(String name, String from, IpAddress to, int port, long start, Protocol protocol,
            Direction direction, long bytes, long duration) {
        this(name, from, to, port, start, protocol, direction, bytes, duration, 0, 0);
    }

    /** This transfer with the initial subflow's source port set to {@code p} (0: ephemeral). */
    public BulkSpec withSourcePort(int p) {
        return new BulkSpec(name, from, to, port, start, protocol, direction, bytes, duration, p, joinSourcePort);
    }

    /** This transfer with the first MP_JOIN's source port set to {@code p} (0: ephemeral). */
    public BulkSpec withJoinSourcePort(int p) {
        return new BulkSpec(name, from, to, port, start, protocol, direction, bytes, duration, sourcePort, p);
    }

    @Override
    public String type() {
        return "bulk";
    }
}
