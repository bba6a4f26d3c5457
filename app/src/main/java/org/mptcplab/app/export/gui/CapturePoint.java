package org.mptcplab.app.export.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.TopologyModel;
import org.mptcplab.engine.pcap.PcapCaptureSink;
import org.mptcplab.engine.trace.PacketEvent;

/**
 * A node whose traffic a pcap export captures, with what a capture there sees. The points are those of
 * the command line's {@code run --pcap} (engine {@code PcapCaptures}): end hosts capture what they send
 * and receive, load balancers what they forward; routers get none, since each of their packets already
 * shows at a host or a balancer.
 *
 * @param node  node name, also the file name suffix
 * @param kinds packet event kinds the capture keeps
 */
public record CapturePoint(String node, Set<PacketEvent.Kind> kinds) {

    public CapturePoint {
        Objects.requireNonNull(node, "node");
        kinds = Set.copyOf(kinds);
    }

    /** The capture points of {@code topology}, in its node order. */
    public static List<CapturePoint> of(TopologyModel topology) {
        List<CapturePoint> points = new ArrayList<>();
        for (NodeInfo n : topology.nodes()) {
            if (n.role() == NodeRole.CLIENT || n.role() == NodeRole.SERVER) {
                points.add(new CapturePoint(n.name(), PcapCaptureSink.HOST));
            } else if (n.role() == NodeRole.LOAD_BALANCER) {
                points.add(new CapturePoint(n.name(), PcapCaptureSink.FORWARDER));
            }
        }
        return points;
    }

    @Override
    public String toString() {
        return node;
    }
}
