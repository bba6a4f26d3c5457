package org.mptcplab.app.export.gui;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.export.ExportFormat;
import org.mptcplab.app.export.ExportOptions;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.export.LabelDetail;
import org.mptcplab.app.playback.EventKind;

/**
 * The export dialog's answers that carry over to the next export of the session. Lanes are kept as
 * the names the user switched off (or on, for routers), so a choice made on one run applies to another
 * run with the same node names; steps are kept as "current step" versus "a range of N steps".
 *
 * @param view          the picture
 * @param format        the file format
 * @param range         false: the current step only; true: a range
 * @param rangeLength   steps in the last range
 * @param hiddenLanes   nodes the user left out although they are lanes by default
 * @param extraLanes    nodes (routers) the user added although they are not lanes by default
 * @param kinds         packet kinds shown
 * @param labels        label detail
 * @param theme         colours
 * @param fontSize      label font size, points
 * @param pngScale      PNG pixels per unit
 */
public record ExportChoices(ExportView view, ExportFormat format, boolean range, int rangeLength,
        Set<String> hiddenLanes, Set<String> extraLanes, Set<EventKind> kinds, LabelDetail labels,
        DiagramTheme theme, double fontSize, double pngScale) {

    public ExportChoices {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(format, "format");
        hiddenLanes = Set.copyOf(hiddenLanes);
        extraLanes = Set.copyOf(extraLanes);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(theme, "theme");
        if (rangeLength < 1) {
            throw new IllegalArgumentException("range length must be positive: " + rangeLength);
        }
    }

    /** A sequence chart of the current step as SVG, with the exporter's default options. */
    public static ExportChoices defaults() {
        ExportOptions o = ExportOptions.defaults();
        return new ExportChoices(ExportView.SEQUENCE, ExportFormat.SVG, false, 10, Set.of(), Set.of(),
                packetKinds(), o.labels(), o.theme(), o.fontSize(), o.pngScale());
    }

    /** The kinds a packet can have, in legend order: what the packet-kind checklist offers. */
    public static Set<EventKind> packetKinds() {
        EnumSet<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (EventKind k : EventKind.values()) {
            if (k.isPacket()) {
                kinds.add(k);
            }
        }
        return kinds;
    }
}
