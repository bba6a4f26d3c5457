package org.mptcplab.app.export;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mptcplab.app.diagram.DiagramTheme;

/**
 * What an export shows and how.
 *
 * @param lanes       node names that become lanes, in order; empty = every client, load balancer and
 *                    server (routers stay hidden)
 * @param packetKinds packet kinds shown, as {@link org.mptcplab.app.playback.EventKind} names
 *                    (case-insensitive, e.g. "SYN", "MP_JOIN", "DSS_DATA"); empty = all
 * @param labels      how much arrow labels say
 * @param theme       colours
 * @param fontSize    label font size in points (lane names and titles are drawn larger)
 * @param pngScale    pixels per diagram unit for PNG (2 = sharp on high-density screens)
 */
public record ExportOptions(List<String> lanes, Set<String> packetKinds, LabelDetail labels, DiagramTheme theme,
        double fontSize, double pngScale) {

    /** Default label font size, points. */
    public static final double DEFAULT_FONT_SIZE = 12;

    public ExportOptions {
        lanes = List.copyOf(lanes);
        TreeSet<String> kinds = new TreeSet<>();
        packetKinds.forEach(k -> kinds.add(k.toUpperCase(java.util.Locale.ROOT)));
        packetKinds = java.util.Collections.unmodifiableSet(kinds);
        if (!(fontSize >= 6 && fontSize <= 48)) {
            throw new IllegalArgumentException("font size must be 6..48: " + fontSize);
        }
        if (!(pngScale > 0 && pngScale <= 8)) {
            throw new IllegalArgumentException("PNG scale must be in (0, 8]: " + pngScale);
        }
    }

    /** All lanes, all kinds, labels with options, light theme, 12 pt, PNG at 2x. */
    public static ExportOptions defaults() {
        return new ExportOptions(List.of(), Set.of(), LabelDetail.OPTIONS, DiagramTheme.LIGHT, DEFAULT_FONT_SIZE, 2);
    }

    /**
     * The packet kinds as {@link org.mptcplab.app.playback.EventKind}s (empty = all).
     *
     * @throws IllegalArgumentException naming an unknown kind and the known ones
     */
    public Set<org.mptcplab.app.playback.EventKind> kinds() {
        return ExportJob.kinds(packetKinds);
    }

    /** A copy with {@code lanes}. */
    public ExportOptions withLanes(List<String> newLanes) {
        return new ExportOptions(newLanes, packetKinds, labels, theme, fontSize, pngScale);
    }

    /** A copy with {@code kinds}. */
    public ExportOptions withPacketKinds(Set<String> kinds) {
        return new ExportOptions(lanes, kinds, labels, theme, fontSize, pngScale);
    }

    /** A copy with {@code scale}. */
    public ExportOptions withPngScale(double scale) {
        return new ExportOptions(lanes, packetKinds, labels, theme, fontSize, scale);
    }
}
