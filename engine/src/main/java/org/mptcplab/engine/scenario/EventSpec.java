package org.mptcplab.engine.scenario;

import java.util.Objects;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * A timed action on a device, optionally repeated: at {@code at}, {@code at + every}, ... while not
 * after {@code until}.
 *
 * @param at     first time, ns
 * @param every  period, ns, or 0 for once
 * @param until  last allowed time, ns (inclusive); ignored when {@code every} is 0
 * @param action what happens
 * @param node   the router (anycast) or load balancer concerned
 * @param server the server whose route or backend entry changes
 * @param prefix the anycast prefix for withdraw / announce, {@code null} for backend actions
 */
public record EventSpec(long at, long every, long until, EventAction action, String node, String server,
        IpPrefix prefix) {
    /** Validates times. */
    public EventSpec {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(server, "server");
        if (at < 0 || every < 0) {
            throw new IllegalArgumentException("event times must not be negative");
        }
    }

    /** Number of times the action runs (at least once). */
    public long occurrences() {
        return every == 0 || until < at ? 1 : (until - at) / every + 1;
    }
}
