package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.playback.PacketHop;

/**
 * Places packet markers: moving packets between the edges of their two node boxes, on the right-hand
 * side of the link in their direction of travel (so opposite directions never cover each other);
 * packets of one kind that would overlap, and packets still queued at a sender, merged into train
 * markers with a count.
 */
public final class PacketMarkers {
    /** Distance of the queue lane from the link, in marker offsets. */
    static final double QUEUE_LANE = 2.2;
    /** Distance between queued trains of different kinds on one link, in marker offsets. */
    static final double TRAIN_STEP = 2.4;

    private PacketMarkers() {}

    /**
     * Markers for {@code inFlight} at play-head time {@code t}, given node centres and the node box
     * size; hops whose nodes are not laid out are skipped.
     */
    public static List<PacketMarker> place(List<PacketHop> inFlight, double t, Map<String, Pt> at, double boxW,
            double boxH, double offset) {
        return place(inFlight, t, at, Map.of(), boxW, boxH, offset);
    }

    /**
     * The same, for links drawn shifted by {@code linkShift} (by link name; parallel links between two
     * nodes are drawn side by side, see {@link LinkGeometry}).
     */
    public static List<PacketMarker> place(List<PacketHop> inFlight, double t, Map<String, Pt> at,
            Map<String, Pt> linkShift, double boxW, double boxH, double offset) {
        List<PacketMarker> out = new ArrayList<>();
        Map<String, Integer> lastTrain = new LinkedHashMap<>();
        Map<String, List<PacketHop>> queued = new LinkedHashMap<>();
        for (PacketHop h : inFlight) {
            Pt a = at.get(h.from());
            Pt b = at.get(h.to());
            if (a == null || b == null) {
                continue;
            }
            Pt shift = linkShift.getOrDefault(h.link(), Pt.ZERO);
            a = a.add(shift);
            b = b.add(shift);
            if (h.queuedAt(t)) {
                // One queue train per kind, so a signalling segment (ADD_ADDR) never hides in a data train.
                queued.computeIfAbsent(h.link() + ">" + h.to() + " " + h.kind(), k -> new ArrayList<>()).add(h);
            } else {
                addOrMerge(out, lastTrain,
                        new PacketMarker(h, along(a, b, h.progressAt(t), boxW, boxH, offset, offset), 1),
                        offset);
            }
        }
        Map<String, Integer> trainsOnLink = new LinkedHashMap<>();
        for (List<PacketHop> train : queued.values()) {
            PacketHop first = train.get(0);
            Pt shift = linkShift.getOrDefault(first.link(), Pt.ZERO);
            // Queued trains get their own lane, further from the line, so they never hide a packet leaving;
            // several kinds queued on one link line up one behind the other along it.
            int k = trainsOnLink.merge(first.link() + ">" + first.to(), 1, Integer::sum) - 1;
            Pt a = at.get(first.from()).add(shift);
            Pt b = at.get(first.to()).add(shift);
            Pt p = along(a, b, 0, boxW, boxH, offset, QUEUE_LANE * offset);
            out.add(new PacketMarker(first, p.add(b.subtract(a).normalize().multiply(k * TRAIN_STEP * offset)),
                    train.size()));
        }
        return out;
    }

    /**
     * A packet joins the newest train of its kind on its link direction when it is closer than two
     * marker widths to it. Links are FIFO, so packets arrive here in position order along the link
     * and comparing with the newest train is enough: placing n packets costs O(n).
     */
    private static void addOrMerge(List<PacketMarker> out, Map<String, Integer> lastTrain, PacketMarker m,
            double spacing) {
        String key = m.hop().link() + ">" + m.hop().to() + " " + m.hop().kind();
        Integer last = lastTrain.get(key);
        if (last != null) {
            PacketMarker o = out.get(last);
            if (o.position().distance(m.position()) < 2 * spacing) {
                out.set(last, new PacketMarker(o.hop(), o.position(), o.count() + 1));
                return;
            }
        }
        lastTrain.put(key, out.size());
        out.add(m);
    }

    private static Pt along(Pt a, Pt b, double f, double boxW, double boxH, double offset,
            double side) {
        Pt d = b.subtract(a);
        double len = d.magnitude();
        if (len == 0) {
            return a;
        }
        Pt u = d.multiply(1 / len);
        // Distance from a box centre to its border along u, plus a margin for the marker.
        double edge = Math.min(u.x() == 0 ? Double.MAX_VALUE : boxW / 2 / Math.abs(u.x()),
                u.y() == 0 ? Double.MAX_VALUE : boxH / 2 / Math.abs(u.y())) + offset;
        double usable = Math.max(0, len - 2 * edge);
        Pt p = a.add(u.multiply(edge + f * usable));
        return p.add(new Pt(-u.y(), u.x()).multiply(side));
    }
}
