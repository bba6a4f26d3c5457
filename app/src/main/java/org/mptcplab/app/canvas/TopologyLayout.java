package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.TopologyModel;

/**
 * Deterministic layered layout, left to right: clients, routers, load balancers, servers. Columns
 * that have no node are skipped; nodes in a column are spread evenly in topology order.
 */
public final class TopologyLayout {
    private TopologyLayout() {}

    /** Node centres for a drawing area of {@code width} x {@code height}, by node name. */
    public static Map<String, Point2D> place(TopologyModel topology, double width, double height) {
        List<List<NodeInfo>> columns = new ArrayList<>();
        for (NodeRole role : NodeRole.values()) {
            List<NodeInfo> col = topology.nodes().stream().filter(n -> n.role() == role).toList();
            if (!col.isEmpty()) {
                columns.add(col);
            }
        }
        Map<String, Point2D> out = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            double x = width * (c + 0.5) / columns.size();
            List<NodeInfo> col = columns.get(c);
            for (int r = 0; r < col.size(); r++) {
                out.put(col.get(r).name(), new Point2D(x, height * (r + 0.5) / col.size()));
            }
        }
        return out;
    }
}
