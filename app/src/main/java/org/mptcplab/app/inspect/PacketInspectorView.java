package org.mptcplab.app.inspect;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Fields by layer in a table, the selected MPTCP option's explanation, the derivation trail (key ->
 * token -> HMAC, shown only for packets that have one) and the hex dump with the selected field's
 * bytes highlighted. Binds to a {@link PacketInspectorViewModel}.
 */
public final class PacketInspectorView extends VBox {
    private final PacketInspectorViewModel model;
    private final TextFlow hex = new TextFlow();
    private final GridPane trail = new GridPane();

    /** Builds the view for {@code model}. */
    public PacketInspectorView(PacketInspectorViewModel model) {
        this.model = model;
        getStyleClass().add("packet-inspector");
        setId("packet-inspector");
        setSpacing(4);

        TableView<PacketField> table = new TableView<>(model.getFields());
        table.setId("packet-fields");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Layer", PacketField::layer));
        table.getColumns().add(column("Field", PacketField::name));
        table.getColumns().add(column("Value", PacketField::value));
        table.setPlaceholder(new Label("Select a packet to inspect it."));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> model.selectedFieldProperty().set(f));
        model.selectedFieldProperty().addListener((o, a, f) -> {
            if (f != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(f);
            }
            if (f != null) {
                table.scrollTo(Math.max(0, table.getItems().indexOf(f) - 2));
            }
            redrawHex();
        });

        Label explanation = new Label();
        explanation.setId("field-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.selectedFieldProperty().map(PacketField::explanation).orElse(""));

        hex.setId("hex-dump");
        hex.getStyleClass().add("hex-dump");
        ScrollPane hexScroll = new ScrollPane(hex);
        hexScroll.setPrefViewportHeight(110);
        hexScroll.setFitToWidth(true);
        model.bytesProperty().addListener((o, a, b) -> redrawHex());

        trail.setId("derivation-trail");
        trail.getStyleClass().add("derivation-trail");
        trail.setHgap(8);
        trail.setVgap(2);
        trail.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.getTrail()));
        trail.managedProperty().bind(trail.visibleProperty());
        model.getTrail().addListener((ListChangeListener<TrailRow>) c -> redrawTrail());

        getChildren().addAll(table, explanation, trail, hexScroll);
    }

    private void redrawTrail() {
        trail.getChildren().clear();
        int row = 0;
        for (TrailRow r : model.getTrail()) {
            Label value = new Label(r.value());
            value.setWrapText(true);
            trail.add(new Label(r.label()), 0, row);
            trail.add(value, 1, row++);
        }
    }

    private static TableColumn<PacketField, String> column(String title,
            java.util.function.Function<PacketField, String> value) {
        TableColumn<PacketField, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private void redrawHex() {
        byte[] bytes = model.bytesProperty().get();
        int[] range = model.highlight();
        List<Text> texts = new java.util.ArrayList<>();
        for (int start = 0; start < bytes.length; start += HexDump.PER_LINE) {
            texts.add(monospace(String.format("%04x  ", start), false));
            for (int i = start; i < Math.min(bytes.length, start + HexDump.PER_LINE); i++) {
                texts.add(monospace(HexDump.byteHex(bytes[i]), i >= range[0] && i < range[1]));
                texts.add(monospace(" ", false));
            }
            texts.add(monospace("\n", false));
        }
        hex.getChildren().setAll(texts);
    }

    private static Text monospace(String s, boolean highlighted) {
        Text t = new Text(s);
        t.setStyle("-fx-font-family: monospace;" + (highlighted ? " -fx-fill: #D55E00; -fx-font-weight: bold;" : ""));
        if (highlighted) {
            t.getStyleClass().add("hex-highlight");
        }
        return t;
    }
}
