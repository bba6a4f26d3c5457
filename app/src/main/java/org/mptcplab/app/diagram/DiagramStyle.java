package org.mptcplab.app.diagram;

import java.util.Objects;

/**
 * Palette, base font size and zoom of a diagram; titles and names are drawn a little larger than
 * labels. Files use zoom 1 and pick their own font size; the screen sets the font to 12 pt times its
 * zoom, and the zoom also scales boxes, markers and line widths so nothing overlaps at any size.
 *
 * @param theme    colours
 * @param fontSize label size, points (the screen uses 12 at zoom 1)
 * @param zoom     scale of geometry and line widths (1 = the sizes the builders were drawn for)
 */
public record DiagramStyle(DiagramPalette theme, double fontSize, double zoom) {

    /** The font the screen uses at zoom 1, points. */
    public static final double SCREEN_FONT = 12;

    public DiagramStyle {
        Objects.requireNonNull(theme, "theme");
        if (!(fontSize > 0)) {
            throw new IllegalArgumentException("font size must be positive: " + fontSize);
        }
        if (!(zoom > 0)) {
            throw new IllegalArgumentException("zoom must be positive: " + zoom);
        }
    }

    /** A file's style: zoom 1, so only the text grows with {@code fontSize}. */
    public DiagramStyle(DiagramPalette theme, double fontSize) {
        this(theme, fontSize, 1);
    }

    /** The screen's default style: light theme, 12 pt labels. */
    public static DiagramStyle screen() {
        return screen(DiagramTheme.LIGHT, 1);
    }

    /** The screen's style in {@code theme} at {@code zoom}: text, boxes and lines all scaled by it. */
    public static DiagramStyle screen(DiagramPalette theme, double zoom) {
        return new DiagramStyle(theme, SCREEN_FONT * zoom, zoom);
    }

    /** Size of names (lanes, nodes): a sixth larger than labels. */
    public double nameSize() {
        return fontSize * 7 / 6;
    }

    /** Size of a figure title. */
    public double titleSize() {
        return fontSize * 4 / 3;
    }

    /** Width of a line drawn {@code base} units wide at zoom 1 in a normal palette. */
    public double line(double base) {
        return base * zoom * theme.lineWeight();
    }

    /** A length of {@code base} units at zoom 1 (box sizes, marker radii, gaps). */
    public double size(double base) {
        return base * zoom;
    }
}
