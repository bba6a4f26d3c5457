package org.mptcplab.app.inspect;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * The node-state inspector's view-model: the node shown (chosen, or following the node of the
 * current event) and its {@link NodeState} at the cursor. The fold costs a pass over the trace
 * prefix, so it only runs while {@link #activeProperty() active} (the tab is showing).
 */
public final class NodeStateViewModel {
    private final PlaybackViewModel playback;
    private final ObservableList<String> nodes = FXCollections.observableArrayList();
    private final ObjectProperty<String> node = new SimpleObjectProperty<>();
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<NodeState> state = new ReadOnlyObjectWrapper<>();

    /** A view-model over {@code playback}. */
    public NodeStateViewModel(PlaybackViewModel playback) {
        this.playback = playback;
        playback.topologyProperty().addListener((o, a, t) -> {
            nodes.setAll(t.nodes().stream().map(NodeInfo::name).toList());
            if (node.get() == null || !nodes.contains(node.get())) {
                node.set(nodes.isEmpty() ? null : nodes.get(0));
            }
        });
        playback.currentEventProperty().addListener((o, a, e) -> followEvent(e));
        playback.cursorProperty().addListener(o -> refresh());
        node.addListener(o -> refresh());
        active.addListener(o -> refresh());
        refresh();
    }

    private void followEvent(TraceEvent e) {
        if (follow.get() && e != null && nodes.contains(e.node())) {
            node.set(e.node());
        }
    }

    private void refresh() {
        if (!active.get() || node.get() == null || playback.getCursor() >= playback.getEvents().size()) {
            return;
        }
        state.set(NodeStateFolder.fold(playback.getEvents(), playback.getCursor(), node.get()));
    }

    /** Names of the run's nodes. */
    public ObservableList<String> nodes() {
        return nodes;
    }

    /** The node shown. */
    public ObjectProperty<String> nodeProperty() {
        return node;
    }

    /** When true, the node follows the current event's node. */
    public BooleanProperty followProperty() {
        return follow;
    }

    /** When false the state is not recomputed (the tab is hidden); it catches up when set again. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The shown node's state at the cursor. */
    public ReadOnlyObjectProperty<NodeState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public NodeState getState() {
        return state.get();
    }
}
