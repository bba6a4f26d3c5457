package org.mptcplab.app.inspect;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The node-state inspector: a node picker (following the current event's node unless unticked) and
 * a tree of the node's TCP connections, MPTCP connections with keys and subflows, hash table, routes,
 * firewall hits and drops at the cursor.
 */
public final class NodeStateView extends BorderPane {
    private final TreeView<String> tree = new TreeView<>();

    /** Builds the view for {@code model}. */
    public NodeStateView(NodeStateViewModel model) {
        setId("node-state");
        getStyleClass().add("node-state");
        ComboBox<String> picker = new ComboBox<>(model.nodes());
        picker.setId("node-state-picker");
        picker.valueProperty().bindBidirectional(model.nodeProperty());
        CheckBox follow = new CheckBox("Follow current event");
        follow.setId("node-state-follow");
        follow.selectedProperty().bindBidirectional(model.followProperty());
        HBox bar = new HBox(8, new Label("Node"), picker, follow);
        bar.setPadding(new Insets(4));
        tree.setId("node-state-tree");
        tree.setShowRoot(false);
        model.stateProperty().addListener((o, a, s) -> show(s));
        show(model.getState());
        setTop(bar);
        setCenter(tree);
    }

    private void show(NodeState s) {
        TreeItem<String> root = new TreeItem<>(s == null ? "" : s.node());
        if (s != null) {
            root.getChildren().addAll(NodeStateTree.sections(s));
        }
        root.setExpanded(true);
        tree.setRoot(root);
    }

    /** The lines shown, depth-first, indented by two spaces per level; for tests. */
    public List<String> lines() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (tree.getRoot() != null) {
            tree.getRoot().getChildren().forEach(c -> collect(c, 0, out));
        }
        return out;
    }

    private static void collect(TreeItem<String> item, int depth, List<String> out) {
        out.add("  ".repeat(depth) + item.getValue());
        item.getChildren().forEach(c -> collect(c, depth + 1, out));
    }
}
