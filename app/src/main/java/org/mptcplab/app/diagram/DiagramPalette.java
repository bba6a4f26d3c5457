package org.mptcplab.app.diagram;

import org.mptcplab.app.playback.EventKind;

/**
 * The colours and line weight a diagram builder asks for. {@link DiagramTheme} holds the palettes
 * files can be exported in; {@link ScreenTheme} adds palettes only the screen uses (high contrast for
 * projectors), so the exporters' theme option stays what it was.
 */
public interface DiagramPalette {

    /** Page background. */
    Rgba background();

    /** Main text and outlines. */
    Rgba foreground();

    /** Secondary text (times, link labels). */
    Rgba muted();

    /** Lane and link lines. */
    Rgba lane();

    /** Header band behind lane names. */
    Rgba header();

    /** Box fill behind a label so it stays readable over lines. */
    Rgba labelBackground();

    /** Node box fill. */
    Rgba nodeFill();

    /** Addresses and other highlighted detail text. */
    Rgba accent();

    /** The cursor line and load-balancer outlines. */
    Rgba cursor();

    /** Outline of host and router boxes. */
    Rgba hostOutline();

    /** Band under links that carried a DSR reply (translucent). */
    Rgba dsrBand();

    /** Links whose route or backend is withdrawn (drawn dashed). */
    Rgba withdrawn();

    /** The colour of subflow {@code index}; colours repeat after seven subflows. */
    Rgba subflow(int index);

    /** The colour of a packet of {@code kind}. */
    Rgba packet(EventKind kind);

    /** True for a dark background. */
    boolean isDark();

    /** Topology link lines; the muted text colour unless link labels need a colour of their own. */
    default Rgba link() {
        return muted();
    }

    /**
     * Whether labels along links get a box of {@link #labelBackground()} behind them, so a label
     * crossing another link stays legible (worth it when type is large and lines thick).
     */
    default boolean boxedLinkLabels() {
        return false;
    }

    /** Multiplier of every line width: 1 for normal palettes, more where lines must carry across a hall. */
    default double lineWeight() {
        return 1;
    }
}
