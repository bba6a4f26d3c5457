package org.mptcplab.app.editor;

import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * The two combo boxes that name a one-parameter change: which {@link BranchParameter} and its new value
 * (the value box offers the parameter's usual choices and accepts typed text). Branch from here and the
 * compare view's "variant of one scenario" both ask this way.
 */
public final class ParameterPicker {
    private final ComboBox<BranchParameter> parameter = new ComboBox<>();
    private final ComboBox<String> value = new ComboBox<>();

    /** Boxes with these ids, on the C flag and its first choice. */
    public ParameterPicker(String parameterId, String valueId) {
        parameter.setId(parameterId);
        parameter.getItems().setAll(BranchParameter.values());
        parameter.setConverter(new StringConverter<>() {
            @Override
            public String toString(BranchParameter p) {
                return p == null ? "" : p.label();
            }

            @Override
            public BranchParameter fromString(String text) {
                return Arrays.stream(BranchParameter.values()).filter(p -> p.label().equals(text)).findFirst()
                        .orElse(null);
            }
        });
        value.setId(valueId);
        value.setEditable(true);
        parameter.valueProperty().addListener((o, a, p) -> {
            value.getItems().setAll(p.choices());
            value.setValue(p.choices().get(0));
        });
        parameter.setValue(BranchParameter.C_FLAG);
    }

    /** The parameter box. */
    public ComboBox<BranchParameter> parameterBox() {
        return parameter;
    }

    /** The value box. */
    public ComboBox<String> valueBox() {
        return value;
    }

    /** The chosen parameter. */
    public BranchParameter parameter() {
        return parameter.getValue();
    }

    /** The typed value, or the chosen one when the text field is blank; null when there is neither. */
    public String value() {
        String typed = value.getEditor().getText();
        return typed == null || typed.isBlank() ? value.getValue() : typed;
    }
}
