package org.mptcplab.app.compare;

import org.mptcplab.engine.wire.FiveTuple;

/**
 * What one MP_JOIN SYN went through, gathered while {@link Story} reads a trace: where it was sent,
 * who hashed it, where it arrived and how it was answered. Mutable, local to one extraction.
 */
final class JoinTrack {
    final int number;
    final FiveTuple flow;
    final int token;
    /** Position in the story list of the "routed" point, -1 until the JOIN was hashed or arrived. */
    int routedPoint = -1;
    String hashedBy;
    String chosen;
    String arrivedAt;
    String answer;

    JoinTrack(int number, FiveTuple flow, int token) {
        this.number = number;
        this.flow = flow;
        this.token = token;
    }

    /** Compared across runs: did it cross a hash, and did it reach the server holding its connection. */
    String outcome(String owner) {
        String path = hashedBy != null ? "hashed" : "direct";
        if (arrivedAt == null) {
            return path + ":lost";
        }
        return path + (arrivedAt.equals(owner) ? ":owner" : ":other");
    }

    /** The outcome in words, e.g. "targets 1.2.3.4, lb hashes it to s1 while its connection lives on s2 → RST". */
    String detail(String owner) {
        StringBuilder s = new StringBuilder("it targets ").append(flow.dst());
        if (hashedBy != null) {
            s.append(" and ").append(hashedBy).append(" hashes it to ").append(chosen);
        } else if (arrivedAt != null) {
            s.append(" and reaches ").append(arrivedAt).append(" directly (no load balancer on its path)");
        }
        if (owner != null && arrivedAt != null) {
            s.append(arrivedAt.equals(owner) ? ", the server holding its connection"
                    : ", while its connection lives on " + owner);
        } else if (arrivedAt == null) {
            s.append(", but never reaches a server");
        }
        if (answer != null) {
            s.append(" → ").append(answer);
        }
        return s.toString();
    }
}
