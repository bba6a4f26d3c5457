package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import org.mptcplab.app.playback.PacketHop;

/**
 * Places packet markers: moving packets between the edges of their two node boxes, on the right-hand
 * side of the link in their direction of travel (so opposite directions never cover each other);
 * packets of one kind that would overlap, and packets still queued at a sender, merged into train
 * markers with a count.
 */
public final class PacketMarkers {
    /** Distance of the queue lane from the link, in marker offsets. */
    static final double QUEUE_LANE = 3.2;

    private PacketMarkers() {}

    /**
     * Markers for {@code inFlight} at play-head time {@code t}, given node centres and the node box
     * size; hops whose nodes are not laid out are skipped.
     */
    public static List<PacketMarker> place(List<PacketHop> inFlight, double t, Map<String, Point2D> at, double boxW,
            double boxH, double offset) {
        List<PacketMarker> out = new ArrayList<>();
        Map<String, List<PacketHop>> queued = new LinkedHashMap<>();
        for (PacketHop h : inFlight) {
            Point2D a = at.get(h.from());
            Point2D b = at.get(h.to());
            if (a == null || b == null) {
                continue;
            }
            if (h.queuedAt(t)) {
                queued.computeIfAbsent(h.link() + ">" + h.to(), k -> new ArrayList<>()).add(h);
            } else {
                addOrMerge(out, new PacketMarker(h, along(a, b, h.progressAt(t), boxW, boxH, offset, offset), 1), offset);
            }
        }
        for (List<PacketHop> train : queued.values()) {
            PacketHop first = train.get(0);
            // Queued trains get their own lane, further from the line, so they never hide a packet leaving.
            out.add(new PacketMarker(first, along(at.get(first.from()), at.get(first.to()), 0, boxW, boxH, offset,
                    QUEUE_LANE * offset), train.size()));
        }
        return out;
    }

    /** Packets of one kind closer than a marker's width on the same link direction become one train. */
    private static void addOrMerge(List<PacketMarker> out, PacketMarker m, double spacing) {
        for (int i = 0; i < out.size(); i++) {
            PacketMarker o = out.get(i);
            if (o.hop().kind() == m.hop().kind() && o.hop().link().equals(m.hop().link())
                    && o.hop().to().equals(m.hop().to()) && o.position().distance(m.position()) < 2 * spacing) {
                out.set(i, new PacketMarker(o.hop(), o.position(), o.count() + 1));
                return;
            }
        }
        out.add(m);
    }

    private static Point2D along(Point2D a, Point2D b, double f, double boxW, double boxH, double offset,
            double side) {
        Point2D d = b.subtract(a);
        double len = d.magnitude();
        if (len == 0) {
            return a;
        }
        Point2D u = d.multiply(1 / len);
        // Distance from a box centre to its border along u, plus a margin for the marker.
        double edge = Math.min(u.getX() == 0 ? Double.MAX_VALUE : boxW / 2 / Math.abs(u.getX()),
                u.getY() == 0 ? Double.MAX_VALUE : boxH / 2 / Math.abs(u.getY())) + offset;
        double usable = Math.max(0, len - 2 * edge);
        Point2D p = a.add(u.multiply(edge + f * usable));
        return p.add(new Point2D(-u.getY(), u.getX()).multiply(side));
    }
}
