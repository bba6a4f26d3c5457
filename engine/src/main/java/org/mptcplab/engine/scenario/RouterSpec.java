package org.mptcplab.engine.scenario;

import java.util.Objects;

/**
 * A router (longest-prefix match, TTL decrement).
 *
 * @param name unique name
 * @param ecmp how to choose among equal-cost next hops, or {@code null} to always take the first
 */
public record RouterSpec(String name, EcmpSpec ecmp) implements NodeSpec {
    /** Requires the name. */
    public RouterSpec {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String type() {
        return "router";
    }
}
