package org.mptcplab.app.inspect;

import javafx.scene.control.Tab;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * The packet, hash-decision and node-state inspectors of one playback as three tabs, following its
 * cursor: the Run view and each side of the compare view place them in their own tab pane (and give
 * them their own ids).
 */
public final class InspectorTabs {
    private final PacketInspectorViewModel packets = new PacketInspectorViewModel();
    private final HashDecisionView hashes = new HashDecisionView();
    private final NodeStateViewModel nodeState;
    private final Tab packetTab;
    private final Tab hashTab;
    private final Tab nodeTab;

    /** Inspectors showing the event at {@code playback}'s cursor. */
    public InspectorTabs(PlaybackViewModel playback) {
        nodeState = new NodeStateViewModel(playback);
        packetTab = new Tab("Packet", new PacketInspectorView(packets));
        hashTab = new Tab("Hash decision", hashes);
        nodeTab = new Tab("Node state", new NodeStateView(nodeState));
        // Folding node state costs a pass over the trace: only while the tab shows.
        nodeState.activeProperty().bind(nodeTab.selectedProperty());
        InspectorTrace.attach(playback, packets, hashes);
        playback.currentEventProperty().addListener((o, a, e) -> inspect(e));
    }

    /** The packet inspector (fields, options, hex dump). */
    public Tab packetTab() {
        return packetTab;
    }

    /** The hash-decision inspector. */
    public Tab hashTab() {
        return hashTab;
    }

    /** The node-state inspector. */
    public Tab nodeTab() {
        return nodeTab;
    }

    /** The packet inspector's view-model. */
    public PacketInspectorViewModel packets() {
        return packets;
    }

    /** The node-state inspector's view-model. */
    public NodeStateViewModel nodeState() {
        return nodeState;
    }

    private void inspect(TraceEvent e) {
        if (e instanceof PacketEvent p) {
            packets.show(p.packet());
        } else if (e instanceof HashDecision d) {
            hashes.show(d);
            packets.show(d.packet());
        }
    }
}
