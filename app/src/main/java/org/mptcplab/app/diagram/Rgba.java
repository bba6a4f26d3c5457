package org.mptcplab.app.diagram;

/**
 * A colour with opacity, free of any toolkit so the diagram model can be shared by the screen and
 * the file back ends.
 *
 * @param r     red, 0..255
 * @param g     green, 0..255
 * @param b     blue, 0..255
 * @param alpha opacity, 0..1
 */
public record Rgba(int r, int g, int b, double alpha) {

    public Rgba {
        if (r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("colour out of range: " + r + "," + g + "," + b + "," + alpha);
        }
    }

    /** An opaque colour from {@code #rrggbb}. */
    public static Rgba hex(String hex) {
        int v = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new Rgba(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF, 1);
    }

    /** The same colour with opacity {@code a}. */
    public Rgba withAlpha(double a) {
        return new Rgba(r, g, b, a);
    }

    /** {@code #rrggbb}, opacity left out. */
    public String toHex() {
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
