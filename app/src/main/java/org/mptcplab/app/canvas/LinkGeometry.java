package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.playback.LinkInfo;
import org.mptcplab.app.playback.TopologyModel;

/**
 * Where links are drawn: parallel links between the same two nodes (a client's two access links, the
 * point of MPTCP) side by side, {@link #GAP} apart, instead of on top of each other.
 */
public final class LinkGeometry {
    /** Distance between two parallel links, px. */
    public static final double GAP = 46;

    private LinkGeometry() {}

    /** The shift to add to both ends of each link, by link name; links without a parallel get none. */
    public static Map<String, Pt> shifts(TopologyModel topology, Map<String, Pt> at) {
        return shifts(topology, at, GAP);
    }

    /** The same with parallel links {@code gap} apart (zoomed views have larger type between them). */
    public static Map<String, Pt> shifts(TopologyModel topology, Map<String, Pt> at, double gap) {
        Map<String, List<LinkInfo>> byPair = new LinkedHashMap<>();
        for (LinkInfo l : topology.links()) {
            byPair.computeIfAbsent(pair(l), k -> new ArrayList<>()).add(l);
        }
        Map<String, Pt> out = new LinkedHashMap<>();
        for (List<LinkInfo> group : byPair.values()) {
            LinkInfo first = group.get(0);
            boolean aFirst = first.a().compareTo(first.b()) <= 0;
            Pt p = at.get(aFirst ? first.a() : first.b());
            Pt q = at.get(aFirst ? first.b() : first.a());
            if (group.size() < 2 || p == null || q == null || p.equals(q)) {
                continue;
            }
            Pt u = q.subtract(p).normalize();
            // The same normal for every link of the pair, whichever end each one names first.
            Pt normal = new Pt(-u.y(), u.x());
            for (int k = 0; k < group.size(); k++) {
                out.put(group.get(k).name(), normal.multiply((k - (group.size() - 1) / 2.0) * gap));
            }
        }
        return out;
    }

    private static String pair(LinkInfo l) {
        return l.a().compareTo(l.b()) <= 0 ? l.a() + "|" + l.b() : l.b() + "|" + l.a();
    }
}
