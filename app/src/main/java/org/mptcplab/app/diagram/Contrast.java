package org.mptcplab.app.diagram;

/**
 * WCAG 2.x contrast of two colours (Understanding SC 1.4.3 / 1.4.11): relative luminance from the
 * sRGB channels, ratio {@code (L1 + 0.05) / (L2 + 0.05)} with the lighter colour on top, from 1 to 21.
 * AA asks 4.5 for body text and 3 for graphics. A translucent colour is first composited over the
 * background it is drawn on.
 */
public final class Contrast {
    /** WCAG AA minimum for normal text. */
    public static final double TEXT_AA = 4.5;
    /** WCAG AA minimum for graphical objects (lines, markers). */
    public static final double GRAPHICS_AA = 3;

    private Contrast() {
    }

    /** Relative luminance of the opaque part of {@code c}, 0 (black) to 1 (white). */
    public static double luminance(Rgba c) {
        return 0.2126 * linear(c.r()) + 0.7152 * linear(c.g()) + 0.0722 * linear(c.b());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** {@code top} painted over the opaque {@code under}, alpha blended per channel. */
    public static Rgba over(Rgba top, Rgba under) {
        double a = top.alpha();
        return new Rgba(blend(top.r(), under.r(), a), blend(top.g(), under.g(), a), blend(top.b(), under.b(), a), 1);
    }

    private static int blend(int t, int u, double a) {
        return (int) Math.round(t * a + u * (1 - a));
    }

    /** Contrast ratio of {@code a} and {@code b} (both taken as opaque), symmetric, 1..21. */
    public static double ratio(Rgba a, Rgba b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
