package org.mptcplab.app.sequence;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.PacketHop;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.StateFolder;
import org.mptcplab.app.playback.TopologyModel;

/**
 * The sequence chart of one run at any cursor: the function both the screen's view-model and the
 * exporter call, so a file shows what the screen showed at that step. Lanes and hops are computed
 * once; each {@link #at} lays out the hops up to the cursor. Free of JavaFX.
 */
public final class SequenceCharts {
    private final SequenceHops hops;
    private final SequenceSpec spec;
    private final int size;

    /** Charts of the indexed run {@code index} on {@code topology}. */
    public SequenceCharts(StateFolder index, TopologyModel topology, SequenceSpec spec) {
        this.hops = SequenceHops.of(index, topology, spec.busyOnly() && spec.lanes().isEmpty()
                ? busyLanes(index, topology, spec.showRouters()) : spec.lanes(), spec.showRouters());
        this.spec = spec;
        this.size = index.size();
    }

    /** Nodes by role that send or receive at least one packet in the run. */
    private static List<String> busyLanes(StateFolder index, TopologyModel topology, boolean routers) {
        Set<String> busy = new TreeSet<>();
        for (PacketHop h : index.hops()) {
            busy.add(h.from());
            busy.add(h.to());
        }
        return topology.nodes().stream()
                .filter(n -> busy.contains(n.name()) && (routers || n.role() != NodeRole.ROUTER))
                .sorted(Comparator.comparingInt((NodeInfo n) -> n.role().column()))
                .map(NodeInfo::name).toList();
    }

    /** Charts of {@code run} (indexes it: a pass over the trace). */
    public static SequenceCharts of(RecordedRun run, SequenceSpec spec) {
        return new SequenceCharts(StateFolder.index(run.events(), run.topology()), run.topology(), spec);
    }

    /**
     * The chart just after event {@code cursor} (-1: before the first), with the packet of event
     * {@code selected} kept out of trains; {@code collapse} folds bulk trains into "×N" arrows.
     */
    public SequenceChart at(int cursor, int selected, boolean collapse) {
        if (cursor < -1 || cursor >= size) {
            throw new IndexOutOfBoundsException("step " + cursor + " outside -1.." + (size - 1));
        }
        return SequenceLayout.at(hops, cursor, selected, collapse, spec::shows,
                p -> SequenceLabels.of(p, hops.dsnBase(), spec.optionFlags(), spec.optionValues()));
    }

    /** Number of events (the last step is {@code size() - 1}). */
    public int size() {
        return size;
    }
}
