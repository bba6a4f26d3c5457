package org.mptcplab.app.diagram;

import java.util.Objects;

/**
 * How a line or outline is drawn.
 *
 * @param colour  colour
 * @param width   line width, diagram units
 * @param dashOn  dash length; 0 for a solid line
 * @param dashOff gap length
 */
public record Stroke(Rgba colour, double width, double dashOn, double dashOff) {

    public Stroke {
        Objects.requireNonNull(colour, "colour");
    }

    /** A solid line. */
    public static Stroke solid(Rgba colour, double width) {
        return new Stroke(colour, width, 0, 0);
    }

    /** A dashed line. */
    public static Stroke dashed(Rgba colour, double width, double on, double off) {
        return new Stroke(colour, width, on, off);
    }

    /** True when dashed. */
    public boolean isDashed() {
        return dashOn > 0;
    }
}
