package org.mptcplab.app.export.gui;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One line of a checklist in the export dialog (a lane, a packet kind): a value, its label and
 * whether it is ticked.
 *
 * @param <T> the value ticked
 */
public final class Choice<T> {
    private final T value;
    private final String label;
    private final BooleanProperty selected;

    /** A line for {@code value} shown as {@code label}, ticked or not. */
    public Choice(T value, String label, boolean selected) {
        this.value = Objects.requireNonNull(value, "value");
        this.label = Objects.requireNonNull(label, "label");
        this.selected = new SimpleBooleanProperty(selected);
    }

    public T value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** Ticked. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean on) {
        selected.set(on);
    }

    @Override
    public String toString() {
        return label;
    }
}
