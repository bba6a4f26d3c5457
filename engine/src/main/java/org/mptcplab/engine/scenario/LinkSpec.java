package org.mptcplab.engine.scenario;

import java.util.Objects;

/**
 * A point-to-point link. Its name is derived as the engine derives it ({@code a-b}, then {@code a-b#2}
 * for a parallel link), so faults and events can refer to it; see {@link Scenario#linkNames()}.
 *
 * @param a  first end
 * @param b  second end
 * @param ab direction a to b
 * @param ba direction b to a
 */
public record LinkSpec(LinkEnd a, LinkEnd b, LinkParams ab, LinkParams ba) {
    /** Requires all parts. */
    public LinkSpec {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(ab, "ab");
        Objects.requireNonNull(ba, "ba");
    }

    /** True when {@code node} is one of the ends. */
    public boolean touches(String node) {
        return a.node().equals(node) || b.node().equals(node);
    }

    /** The end at {@code node}'s neighbour, given one end's node name. */
    public LinkEnd other(String node) {
        return a.node().equals(node) ? b : a;
    }
}
