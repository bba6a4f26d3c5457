package org.mptcplab.app.diagram;

import java.util.List;
import org.mptcplab.app.playback.EventKind;

/**
 * Diagram palettes the screen offers beyond the export themes of {@link DiagramTheme}. HIGH_CONTRAST
 * goes with the app's high-contrast theme and presenter mode: black page, white names, yellow and cyan
 * detail text, saturated packet and subflow colours and lines 1.75 times as thick. Every text colour
 * reaches WCAG 2.x AA (4.5:1) against the backgrounds it is drawn on, every line and mark 3:1 (see
 * {@link Contrast}); hues keep the Okabe-Ito order of the light theme, lightened until they do.
 */
public enum ScreenTheme implements DiagramPalette {
    HIGH_CONTRAST;

    private static final List<String> SUBFLOWS = List.of("#4da6ff", "#ff6680", "#33ee55", "#ffee00", "#00e5ff",
            "#ff77ff", "#ffffff");
    private static final Rgba BLACK = Rgba.hex("#000000");

    @Override
    public Rgba background() {
        return BLACK;
    }

    @Override
    public Rgba foreground() {
        return Rgba.hex("#ffffff");
    }

    @Override
    public Rgba muted() {
        return Rgba.hex("#ffff00");
    }

    @Override
    public Rgba lane() {
        return Rgba.hex("#c8c8c8");
    }

    @Override
    public Rgba header() {
        return Rgba.hex("#1c1c1c");
    }

    /** Opaque: a translucent box would let lines behind a label lower its contrast. */
    @Override
    public Rgba labelBackground() {
        return BLACK;
    }

    @Override
    public Rgba nodeFill() {
        return Rgba.hex("#141414");
    }

    @Override
    public Rgba accent() {
        return Rgba.hex("#00ffff");
    }

    @Override
    public Rgba cursor() {
        return Rgba.hex("#ff9900");
    }

    @Override
    public Rgba hostOutline() {
        return Rgba.hex("#33b5ff");
    }

    @Override
    public Rgba dsrBand() {
        return Rgba.hex("#00ff99").withAlpha(0.45);
    }

    @Override
    public Rgba withdrawn() {
        return Rgba.hex("#b0b0b0");
    }

    /** Grey, so the yellow rate and delay labels stand apart from the lines they label. */
    @Override
    public Rgba link() {
        return Rgba.hex("#a0a0a0");
    }

    @Override
    public boolean boxedLinkLabels() {
        return true;
    }

    @Override
    public Rgba subflow(int index) {
        return Rgba.hex(SUBFLOWS.get(Math.floorMod(index, SUBFLOWS.size())));
    }

    @Override
    public Rgba packet(EventKind kind) {
        String hex = switch (kind) {
            case SYN -> "#3fa9ff";
            case SYN_ACK -> "#80d4ff";
            case MP_JOIN -> "#ff80d5";
            case ADD_ADDR -> "#ffb000";
            case DSS_DATA -> "#00e68a";
            case DATA -> "#00c070";
            case ACK -> "#c0c0c0";
            case FIN -> "#ffff40";
            case RST -> "#ff5a1f";
            case DROP -> "#ffffff";
            default -> "#cccccc";
        };
        return Rgba.hex(hex);
    }

    @Override
    public boolean isDark() {
        return true;
    }

    @Override
    public double lineWeight() {
        return 1.75;
    }
}
