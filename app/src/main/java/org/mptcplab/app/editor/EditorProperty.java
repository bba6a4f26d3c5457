package org.mptcplab.app.editor;

import java.util.List;
import java.util.Objects;

/**
 * One editable property of the selected element, with its value as the scenario file would spell it.
 *
 * @param key         stable key, the field path inside the element (e.g. {@code mptcp.addAddr.timeout})
 * @param category    group shown in the property sheet
 * @param label       name shown to the user
 * @param kind        how it is edited
 * @param value       current value, as text ({@code true}/{@code false} for booleans)
 * @param choices     allowed values for {@link PropertyKind#CHOICE}, empty otherwise
 * @param description one sentence of help
 */
public record EditorProperty(String key, String category, String label, PropertyKind kind, String value,
        List<String> choices, String description) {

    public EditorProperty {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        choices = List.copyOf(choices);
    }

    static EditorProperty text(String key, String category, String label, String value, String description) {
        return new EditorProperty(key, category, label, PropertyKind.TEXT, value, List.of(), description);
    }

    static EditorProperty flag(String key, String category, String label, boolean value, String description) {
        return new EditorProperty(key, category, label, PropertyKind.BOOLEAN, Boolean.toString(value), List.of(),
                description);
    }

    static EditorProperty choice(String key, String category, String label, String value, List<String> choices,
            String description) {
        return new EditorProperty(key, category, label, PropertyKind.CHOICE, value, choices, description);
    }
}
