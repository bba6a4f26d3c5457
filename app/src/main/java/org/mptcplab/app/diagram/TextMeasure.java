package org.mptcplab.app.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * Text widths without JavaFX: AWT metrics of the logical "SansSerif" font with an anti-aliased,
 * fractional render context (works headless, no window or image needed). Builders use it to size
 * label backgrounds and avoid overlaps; the screen draws with JavaFX's SansSerif, which maps to the
 * same system font, so widths agree to a pixel or two.
 */
public final class TextMeasure {
    /** The font family every back end asks for. */
    public static final String FAMILY = "SansSerif";
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font PLAIN = new Font(FAMILY, Font.PLAIN, 100);
    private static final Font BOLD = new Font(FAMILY, Font.BOLD, 100);

    private TextMeasure() {
    }

    /** The render context widths are measured in (anti-aliased, fractional metrics). */
    public static FontRenderContext renderContext() {
        return FRC;
    }

    /** Width of {@code text} at {@code size} points. */
    public static double width(String text, double size, boolean bold) {
        // Measured at 100 pt and scaled, so small sizes do not suffer from rounding.
        return (bold ? BOLD : PLAIN).getStringBounds(text, FRC).getWidth() * size / 100;
    }

    /** Distance from the vertical centre of a line to its baseline at {@code size}: (ascent - descent) / 2. */
    public static double baselineOffset(double size) {
        var lm = PLAIN.getLineMetrics("Hg", FRC);
        return (lm.getAscent() - lm.getDescent()) / 2 * size / 100;
    }
}
