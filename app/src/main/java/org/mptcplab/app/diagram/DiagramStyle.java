package org.mptcplab.app.diagram;

import java.util.Objects;

/**
 * Theme and base font size of a diagram; titles and names are drawn a little larger than labels.
 *
 * @param theme    colours
 * @param fontSize label size, points (the screen uses 12)
 */
public record DiagramStyle(DiagramTheme theme, double fontSize) {

    public DiagramStyle {
        Objects.requireNonNull(theme, "theme");
        if (!(fontSize > 0)) {
            throw new IllegalArgumentException("font size must be positive: " + fontSize);
        }
    }

    /** The screen's style: light theme, 12 pt labels. */
    public static DiagramStyle screen() {
        return new DiagramStyle(DiagramTheme.LIGHT, 12);
    }

    /** Size of names (lanes, nodes): a sixth larger than labels. */
    public double nameSize() {
        return fontSize * 7 / 6;
    }

    /** Size of a figure title. */
    public double titleSize() {
        return fontSize * 4 / 3;
    }
}
