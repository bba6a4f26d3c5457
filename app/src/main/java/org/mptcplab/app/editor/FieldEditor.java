package org.mptcplab.app.editor;

import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The editor of one property in the sheet: a text field (committed on Enter or when focus leaves), a
 * check box or a choice box, with the refusal message, if any, right under it.
 */
final class FieldEditor implements PropertyEditor<Object> {
    private final SheetItem item;
    private final VBox box = new VBox(2);
    private final Label error = new Label();
    private final Control control;
    private final MapChangeListener<String, String> onErrors = c -> showError();
    private final ScenarioEditorViewModel model;

    FieldEditor(SheetItem item, ScenarioEditorViewModel model) {
        this.item = item;
        this.model = model;
        EditorProperty p = item.property();
        control = switch (p.kind()) {
            case BOOLEAN -> {
                CheckBox check = new CheckBox();
                check.setSelected(Boolean.parseBoolean(p.value()));
                check.setOnAction(e -> item.setValue(Boolean.toString(check.isSelected())));
                yield check;
            }
            case CHOICE -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.getItems().setAll(p.choices());
                combo.setValue(p.value());
                combo.setOnAction(e -> {
                    if (combo.getValue() != null && !combo.getValue().equals(p.value())) {
                        item.setValue(combo.getValue());
                    }
                });
                yield combo;
            }
            case TEXT -> {
                TextField field = new TextField(p.value());
                field.setOnAction(e -> commit(field));
                field.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        commit(field);
                    }
                });
                yield field;
            }
        };
        control.setId("field-" + p.key().replace('.', '-'));
        control.setMaxWidth(Double.MAX_VALUE);
        error.setId("error-" + p.key().replace('.', '-'));
        error.getStyleClass().add("field-error");
        error.setStyle("-fx-text-fill: #b00020;");
        error.setWrapText(true);
        box.getChildren().setAll(control, error);
        model.errors().addListener(new WeakMapChangeListener<>(onErrors));
        showError();
    }

    private void commit(TextField field) {
        // Re-committing the shown value would only clear a message the user still needs.
        if (!field.getText().equals(item.property().value()) || model.errors().containsKey(item.property().key())) {
            item.setValue(field.getText());
        }
    }

    private void showError() {
        String message = model.errors().get(item.property().key());
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        error.setManaged(message != null);
    }

    @Override
    public Node getEditor() {
        return box;
    }

    @Override
    public Object getValue() {
        return item.property().value();
    }

    @Override
    public void setValue(Object value) {
        // The sheet calls this with the item's own value; the controls already show it.
    }
}
