package org.mptcplab.app.diagram;

import java.util.List;
import org.mptcplab.app.playback.EventKind;

/**
 * Colours of a diagram. LIGHT matches the screen; PRINT is for paper and grey-scale printers (white
 * background, darker packet colours, no translucent fills); DARK is for dark slide decks. Packet
 * kinds use the Okabe-Ito palette and subflows Paul Tol's "bright" scheme, both designed to stay
 * distinct under colour-vision deficiencies. On the light pages every line colour is darkened where
 * needed to reach WCAG's 3:1 for graphics (SC 1.4.11): same hue, less lightness, so the light
 * Okabe-Ito sky blue, yellow, orange and pink and Tol's yellow, cyan and grey are deeper than the
 * published swatches there. These are the themes files are exported in; the screen may also use a
 * {@link ScreenTheme}.
 */
public enum DiagramTheme implements DiagramPalette {
    LIGHT("#fafafa", "#000000", "#555555", "#8a8a8a", "#eeeeee", false),
    PRINT("#ffffff", "#000000", "#333333", "#777777", "#ffffff", false),
    DARK("#1e1f22", "#f0f0f0", "#c0c0c0", "#8a8a8a", "#2b2d31", true);

    private static final List<String> SUBFLOWS = List.of("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE",
            "#AA3377", "#BBBBBB");
    private static final List<String> SUBFLOWS_LIGHT = List.of("#4477AA", "#e26171", "#228833", "#998c33",
            "#4a95ae", "#AA3377", "#8c8c8c");
    private static final List<String> SUBFLOWS_PRINT = List.of("#1f4e79", "#c0392b", "#1b6e24", "#8a7a00",
            "#1c7fa6", "#7d1f5a", "#666666");
    private final Rgba background;
    private final Rgba foreground;
    private final Rgba muted;
    private final Rgba lane;
    private final Rgba header;
    private final boolean dark;

    DiagramTheme(String background, String foreground, String muted, String lane, String header, boolean dark) {
        this.background = Rgba.hex(background);
        this.foreground = Rgba.hex(foreground);
        this.muted = Rgba.hex(muted);
        this.lane = Rgba.hex(lane);
        this.header = Rgba.hex(header);
        this.dark = dark;
    }

    /** Page background. */
    @Override
    public Rgba background() {
        return background;
    }

    /** Main text and outlines. */
    @Override
    public Rgba foreground() {
        return foreground;
    }

    /** Secondary text (times, link labels). */
    @Override
    public Rgba muted() {
        return muted;
    }

    /** Lane and link lines. */
    @Override
    public Rgba lane() {
        return lane;
    }

    /** Header band behind lane names. */
    @Override
    public Rgba header() {
        return header;
    }

    /** Box fill behind a label so it stays readable over lines. */
    @Override
    public Rgba labelBackground() {
        return this == PRINT ? background : background.withAlpha(0.85);
    }

    /** Node box fill. */
    @Override
    public Rgba nodeFill() {
        return dark ? Rgba.hex("#2b2d31") : Rgba.hex("#ffffff");
    }

    /** Addresses and other highlighted detail text. */
    @Override
    public Rgba accent() {
        return dark ? Rgba.hex("#7fc4ef") : Rgba.hex("#005a8c");
    }

    /** The cursor line and load-balancer outlines. */
    @Override
    public Rgba cursor() {
        return Rgba.hex("#D55E00");
    }

    /** The colour of subflow {@code index}; colours repeat after seven subflows. */
    @Override
    public Rgba subflow(int index) {
        List<String> p = switch (this) {
            case LIGHT -> SUBFLOWS_LIGHT;
            case PRINT -> SUBFLOWS_PRINT;
            case DARK -> SUBFLOWS;
        };
        return Rgba.hex(p.get(Math.floorMod(index, p.size())));
    }

    /** The colour of a packet of {@code kind} (Okabe-Ito). */
    @Override
    public Rgba packet(EventKind kind) {
        String hex = switch (kind) {
            case SYN -> "#0072B2";
            case SYN_ACK -> dark ? "#56B4E9" : "#4794bf";
            case MP_JOIN -> dark ? "#CC79A7" : "#c2739f";
            case ADD_ADDR -> dark ? "#E69F00" : "#ba8100";
            case DSS_DATA -> "#009E73";
            case DATA -> "#006e50";
            case ACK -> dark ? "#999999" : "#888888";
            case FIN -> dark ? "#F0E442" : "#9b8d00";
            case RST -> "#D55E00";
            case DROP -> dark ? "#ffffff" : "#000000";
            default -> "#666666";
        };
        return Rgba.hex(hex);
    }

    @Override
    public Rgba hostOutline() {
        return Rgba.hex("#0072B2");
    }

    @Override
    public Rgba dsrBand() {
        return Rgba.hex("#009E73").withAlpha(0.35);
    }

    @Override
    public Rgba withdrawn() {
        return Rgba.hex(dark ? "#bbbbbb" : "#8c8c8c");
    }

    /** Packet kinds shown in legends, in legend order. */
    public static List<EventKind> legendKinds() {
        return List.of(EventKind.SYN, EventKind.SYN_ACK, EventKind.MP_JOIN, EventKind.ADD_ADDR, EventKind.DSS_DATA,
                EventKind.DATA, EventKind.ACK, EventKind.FIN, EventKind.RST, EventKind.DROP);
    }

    /** True for a dark background. */
    @Override
    public boolean isDark() {
        return dark;
    }
}
