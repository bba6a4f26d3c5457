package org.mptcplab.app.editor;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** Adapts one {@link EditorProperty} to ControlsFX's {@link PropertySheet.Item}; setting it edits. */
final class SheetItem implements PropertySheet.Item {
    private final EditorProperty property;
    private final ScenarioEditorViewModel model;

    SheetItem(EditorProperty property, ScenarioEditorViewModel model) {
        this.property = property;
        this.model = model;
    }

    EditorProperty property() {
        return property;
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return property.category();
    }

    @Override
    public String getName() {
        return property.label();
    }

    @Override
    public String getDescription() {
        return property.description();
    }

    @Override
    public Object getValue() {
        return property.value();
    }

    @Override
    public void setValue(Object value) {
        model.edit(property.key(), String.valueOf(value));
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
