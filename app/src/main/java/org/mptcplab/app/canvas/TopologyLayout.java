package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.TopologyModel;

/**
 * Deterministic layered layout, left to right: clients, routers, load balancers, servers. Columns
 * that have no node are skipped; nodes in a column are spread evenly in topology order, and the
 * outer columns sit {@link #MARGIN} from the edges so links get all the width there is.
 *
 * <p>A lone load balancer sits a little above the centre line: DSR topologies link every server
 * straight back to the router, and those links cross the load balancer's column at the centre and at
 * a third of the height; at {@link #LB_ROW} of the height its box touches neither.
 */
public final class TopologyLayout {
    /** Distance of the outer columns' centres from the canvas edges, px (half a node box and a gap). */
    public static final double MARGIN = 80;
    /** Height fraction of a lone load balancer. */
    public static final double LB_ROW = 0.415;
    private TopologyLayout() {}

    /** Node centres for a drawing area of {@code width} x {@code height}, by node name. */
    public static Map<String, Pt> place(TopologyModel topology, double width, double height) {
        return place(topology, width, height, MARGIN);
    }

    /** The same with the outer columns {@code margin} from the edges (zoomed views have wider boxes). */
    public static Map<String, Pt> place(TopologyModel topology, double width, double height, double margin) {
        List<List<NodeInfo>> columns = new ArrayList<>();
        for (NodeRole role : NodeRole.values()) {
            List<NodeInfo> col = topology.nodes().stream().filter(n -> n.role() == role).toList();
            if (!col.isEmpty()) {
                columns.add(col);
            }
        }
        Map<String, Pt> out = new LinkedHashMap<>();
        double usable = Math.max(0, width - 2 * margin);
        for (int c = 0; c < columns.size(); c++) {
            double x = columns.size() == 1 ? width / 2 : margin + usable * c / (columns.size() - 1);
            List<NodeInfo> col = columns.get(c);
            for (int r = 0; r < col.size(); r++) {
                boolean loneLb = col.size() == 1 && col.get(0).role() == NodeRole.LOAD_BALANCER;
                double y = loneLb ? height * LB_ROW : height * (r + 0.5) / col.size();
                out.put(col.get(r).name(), new Pt(x, y));
            }
        }
        return out;
    }
}
