package org.mptcplab.engine.scenario;

import java.util.Objects;

/**
 * Takes a link down from {@code from} until {@code until}; packets queued or in flight are lost.
 *
 * @param link  link name
 * @param from  when it goes down, ns
 * @param until when it comes back up, ns (after {@code from})
 */
public record LinkDownSpec(String link, long from, long until) implements FaultSpec {
    /** Requires a non-empty window. */
    public LinkDownSpec {
        Objects.requireNonNull(link, "link");
        if (from < 0 || until <= from) {
            throw new IllegalArgumentException("link down window must start at or after 0 and end after it starts");
        }
    }

    @Override
    public String type() {
        return "linkDown";
    }
}
