package org.mptcplab.engine.experiment;

import java.util.Objects;

/**
 * A modelling choice the talk does not state, printed next to the numbers it produced.
 *
 * @param name  short key, e.g. "LB path RTT"
 * @param value the value chosen, with unit
 * @param why   why this value (or where it comes from)
 */
public record Assumption(String name, String value, String why) {

    /** Requires every field. */
    public Assumption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(why, "why");
    }

    @Override
    public String toString() {
        return name + " = " + value + " (" + why + ")";
    }
}
