package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.diagram.TextMeasure;
import org.mptcplab.app.playback.EventKind;

/**
 * The boxed labels of packet markers ("MP_JOIN", "DSS data ×9") for {@link TopologyDiagrams}. A label
 * goes above or below its marker (above in the upper half of the picture, below in the lower), then
 * right or left of it, then at its corners: the first place that covers no node box, link label,
 * address, marker or earlier packet label. Labels are placed most telling kinds first (the selected
 * packet, then signalling, then data, then ACKs). The selected packet and signalling push a link's
 * rate label out of the way for the frame, under their marker or where their label has no other
 * place; any other label with no free place is left out: the marker's colour still says its kind.
 */
final class PacketLabels {
    private PacketLabels() {
    }

    /** Labels for {@code markers} in a picture {@code h} high, avoiding and then filling {@code space}. */
    static List<Mark> place(List<PacketMarker> markers, int selected, double h, DiagramStyle style,
            LabelSpace space) {
        double r = TopologyDiagrams.markerRadius(style);
        // Every marker first, so no label hides a packet placed after it; a telling packet's marker also
        // pushes out a rate label under it, which would otherwise be half hidden.
        for (PacketMarker m : markers) {
            double[] box = {m.position().x() - r, m.position().y() - r, 2 * r, 2 * r};
            if (priority(m, selected) <= 1) {
                space.pushOut(box);
            }
            space.take(box);
        }
        List<PacketMarker> order = new ArrayList<>(markers);
        order.sort(Comparator.comparingInt(m -> priority(m, selected)));
        DiagramPalette t = style.theme();
        double size = TopologyDiagrams.scaled(style, 14);
        List<Mark> labels = new ArrayList<>();
        for (PacketMarker m : order) {
            String text = m.label();
            double tw = TextMeasure.width(text, size, true) + 6;
            List<double[]> places = candidates(m.position(), tw, size, r + style.size(4), h, r);
            double[] box = space.takeFirstFree(places);
            if (box == null && priority(m, selected) <= 1) {
                box = space.takeEvicting(places);
            }
            if (box != null) {
                labels.add(new Mark.Rect(box[0], box[1], box[2], box[3], 0, t.labelBackground(), null));
                labels.add(Mark.Text.of(box[0] + tw / 2, box[1] + box[3] / 2, text, TextAnchor.MIDDLE, size, true,
                        t.foreground()));
            }
        }
        return labels;
    }

    /** Label boxes around a marker at {@code p}, in order of preference. */
    private static List<double[]> candidates(Pt p, double tw, double size, double gap, double h, double r) {
        double dy = r + size * 0.75;
        double dx = gap + tw / 2;
        double side = p.y() < h / 2 ? -1 : 1;
        double[][] centres = {{0, side * dy}, {0, -side * dy}, {dx, 0}, {-dx, 0}, {dx, side * dy},
            {-dx, side * dy}, {dx, -side * dy}, {-dx, -side * dy}};
        List<double[]> out = new ArrayList<>(centres.length);
        for (double[] c : centres) {
            out.add(new double[] {p.x() + c[0] - tw / 2, p.y() + c[1] - size * 0.65, tw, size * 1.3});
        }
        return out;
    }

    /** 0 for the selected packet, 1 signalling, 2 data, 3 ACKs: labels are placed and markers drawn by it. */
    static int priority(PacketMarker m, int selected) {
        if (m.hop().departIndex() == selected) {
            return 0;
        }
        EventKind k = m.hop().kind();
        return k == EventKind.ACK ? 3 : k == EventKind.DSS_DATA || k == EventKind.DATA ? 2 : 1;
    }
}
