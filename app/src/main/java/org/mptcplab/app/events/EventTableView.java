package org.mptcplab.app.events;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mptcplab.app.playback.EventKind;

/**
 * The event table with a kind filter and a node filter above it. Row selection and the playback
 * cursor follow each other; a guard stops the echo.
 */
public final class EventTableView extends VBox {
    private static final String ALL = "all";
    private final TableView<EventRow> table;
    private boolean syncing;

    /** Builds the view for {@code model}. */
    public EventTableView(EventTableViewModel model) {
        getStyleClass().add("event-table");
        setSpacing(4);
        table = new TableView<>(model.getVisibleRows());
        table.setId("event-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Time (ms)", EventRow::timeText, 70));
        table.getColumns().add(column("Node", EventRow::node, 60));
        table.getColumns().add(column("Kind", r -> r.kind().label(), 70));
        table.getColumns().add(column("Summary", EventRow::summary, 300));
        table.setPlaceholder(new Label("No events match the filters."));
        VBox.setVgrow(table, Priority.ALWAYS);

        ComboBox<String> kinds = new ComboBox<>();
        kinds.setId("kind-filter");
        kinds.getItems().add(ALL);
        for (EventKind k : EventKind.values()) {
            kinds.getItems().add(k.label());
        }
        kinds.setValue(ALL);
        kinds.valueProperty().addListener((o, a, v) -> {
            if (ALL.equals(v)) {
                model.showOnly(java.util.EnumSet.allOf(EventKind.class));
            } else {
                for (EventKind k : EventKind.values()) {
                    if (k.label().equals(v)) {
                        model.showOnly(java.util.EnumSet.of(k));
                    }
                }
            }
        });
        ComboBox<String> nodes = new ComboBox<>();
        nodes.setId("node-filter");
        Runnable fillNodes = () -> {
            nodes.setItems(FXCollections.observableArrayList(model.nodes()));
            nodes.getItems().add(0, ALL);
            nodes.setValue(ALL);
        };
        fillNodes.run();
        model.playback().getEvents().addListener((javafx.collections.ListChangeListener<Object>) c -> fillNodes.run());
        nodes.valueProperty().addListener((o, a, v) -> model.nodeProperty().set(v == null || ALL.equals(v) ? null : v));
        HBox filters = new HBox(6, new Label("Kind"), kinds, new Label("Node"), nodes);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing) {
                model.choose(row);
            }
        });
        model.playback().cursorProperty().addListener((o, a, c) -> follow(model, c.intValue()));
        model.getVisibleRows().addListener((javafx.collections.ListChangeListener<EventRow>) c ->
                follow(model, model.playback().getCursor()));
        getChildren().addAll(filters, table);
    }

    private void follow(EventTableViewModel model, int cursor) {
        int pos = model.visiblePositionFor(cursor);
        syncing = true;
        try {
            if (pos < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != pos) {
                table.getSelectionModel().clearAndSelect(pos);
                table.scrollTo(Math.max(0, pos - 5));
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<EventRow, String> column(String title, Function<EventRow, String> value, double width) {
        TableColumn<EventRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
