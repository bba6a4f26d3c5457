package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mptcplab.app.playback.LinkInfo;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.PacketHop;
import org.mptcplab.app.playback.StateFolder;
import org.mptcplab.app.playback.TopologyModel;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Which links the canvas marks at a cursor: DSR return links (a reply with the VIP as source crossed
 * them without passing the load balancer) and links whose route or backend was withdrawn and not yet
 * re-announced. Indexed once per run; {@link #at(int)} is then cheap.
 */
public final class RouteOverlay {
    private static final Pattern DEV = Pattern.compile("dev (\\S+)");
    private final Map<String, Integer> dsrFrom = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();

    private record Change(int index, String link, boolean withdrawn) {
    }

    /** What is marked at one cursor: link names. */
    public record Marks(Set<String> dsrLinks, Set<String> withdrawnLinks) {
        public Marks {
            dsrLinks = Set.copyOf(dsrLinks);
            withdrawnLinks = Set.copyOf(withdrawnLinks);
        }
    }

    /** Indexes the run of {@code index} on {@code topology}. */
    public RouteOverlay(StateFolder index, TopologyModel topology) {
        Set<String> vips = new TreeSet<>();
        Set<String> balancers = new TreeSet<>();
        for (NodeInfo n : topology.nodes()) {
            if (n.role() == NodeRole.LOAD_BALANCER) {
                vips.addAll(n.services());
                balancers.add(n.name());
            }
        }
        for (PacketHop h : index.hops()) {
            if (!balancers.contains(h.from()) && vips.contains(h.packet().ip().src().toString())) {
                dsrFrom.putIfAbsent(h.link(), h.departIndex());
            }
        }
        List<TraceEvent> events = index.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof RouteChange r) {
                int at = i;
                boolean down = r.action() == RouteChange.Action.WITHDRAWN
                        || r.action() == RouteChange.Action.BACKEND_REMOVED;
                linkOf(r, topology).ifPresent(l -> changes.add(new Change(at, l, down)));
            }
        }
    }

    /** The marks just after event {@code cursor}. */
    public Marks at(int cursor) {
        Set<String> dsr = new TreeSet<>();
        dsrFrom.forEach((link, first) -> {
            if (first <= cursor) {
                dsr.add(link);
            }
        });
        Set<String> withdrawn = new TreeSet<>();
        for (Change c : changes) {
            if (c.index() > cursor) {
                break;
            }
            if (c.withdrawn()) {
                withdrawn.add(c.link());
            } else {
                withdrawn.remove(c.link());
            }
        }
        return new Marks(dsr, withdrawn);
    }

    /**
     * The link a change concerns: a router's next hop names its interface ("via X dev eth1"); an
     * anycast speaker's announcement names the router it speaks to ("to r1, ..."); a load balancer's
     * backend change names the backend.
     */
    static Optional<String> linkOf(RouteChange r, TopologyModel topology) {
        Matcher dev = DEV.matcher(r.detail() == null ? "" : r.detail());
        if (dev.find()) {
            return topology.linkAt(r.node(), dev.group(1)).map(LinkInfo::name);
        }
        String peer = r.detail() == null ? "" : r.detail();
        if (peer.startsWith("to ")) {
            peer = peer.substring(3).split("[,\\s]")[0];
        }
        String other = peer;
        return topology.links().stream()
                .filter(l -> r.node().equals(l.a()) && other.equals(l.b()) || r.node().equals(l.b()) && other.equals(l.a()))
                .map(LinkInfo::name).findFirst();
    }
}
