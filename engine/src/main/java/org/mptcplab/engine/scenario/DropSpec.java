package org.mptcplab.engine.scenario;

import java.util.Objects;

/**
 * Drops the {@code n}-th packet matching {@code match} (1-based) and the {@code count - 1} matching
 * packets after it, seen either on a link or arriving at a node.
 *
 * @param link  link name (see {@link Scenario#linkNames()}), or {@code null} when {@code node} is given
 * @param from  with a link: only the direction leaving this end node; {@code null} for both directions
 * @param node  node at whose interfaces arriving packets are counted, or {@code null} when {@code link} is given
 * @param match packet criteria
 * @param n     index of the first dropped matching packet, from 1
 * @param count number of consecutive matching packets dropped, from 1
 */
public record DropSpec(String link, String from, String node, MatchSpec match, long n, long count)
        implements FaultSpec {
    /** Requires exactly one place and positive counts. */
    public DropSpec {
        Objects.requireNonNull(match, "match");
        if ((link == null) == (node == null)) {
            throw new IllegalArgumentException("a drop fault needs either a link or a node");
        }
        if (n < 1 || count < 1) {
            throw new IllegalArgumentException("n and count start at 1");
        }
    }

    @Override
    public String type() {
        return "drop";
    }
}
