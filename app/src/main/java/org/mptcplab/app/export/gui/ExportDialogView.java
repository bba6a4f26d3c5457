package org.mptcplab.app.export.gui;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.export.ExportFormat;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.export.LabelDetail;
import org.mptcplab.app.playback.EventKind;

/**
 * The controls of the export dialog, bound to an {@link ExportDialogModel}: view, format, steps, lanes,
 * packet kinds, labels, theme, font size and PNG scale, and the line saying what is wrong.
 */
final class ExportDialogView extends GridPane {
    // Bidirectional bindings hold their ends weakly: the boxed spinner ends must live as long as the view.
    private final ObjectProperty<Integer> fromBox;
    private final ObjectProperty<Integer> toBox;
    private final ObjectProperty<Double> fontBox;
    private final ObjectProperty<Double> scaleBox;

    ExportDialogView(ExportDialogModel model) {
        setId("export-dialog-view");
        setHgap(10);
        setVgap(8);
        setPadding(new Insets(10));
        int last = model.snapshot().lastStep();

        ComboBox<ExportView> view = combo("export-view", model.views(), ExportLabels::of);
        view.valueProperty().bindBidirectional(model.viewProperty());
        ComboBox<ExportFormat> format = combo("export-format",
                FXCollections.observableArrayList(ExportFormat.values()), ExportLabels::of);
        format.valueProperty().bindBidirectional(model.formatProperty());

        ToggleGroup steps = new ToggleGroup();
        RadioButton current = new RadioButton("Current step (" + model.snapshot().step() + ")");
        current.setId("export-steps-current");
        current.setToggleGroup(steps);
        RadioButton range = new RadioButton("Steps");
        range.setId("export-steps-range");
        range.setToggleGroup(steps);
        (model.rangeProperty().get() ? range : current).setSelected(true);
        range.selectedProperty().addListener((o, a, on) -> model.rangeProperty().set(on));
        Spinner<Integer> from = new Spinner<>(-1, Math.max(-1, last), model.fromProperty().get());
        Spinner<Integer> to = new Spinner<>(-1, Math.max(-1, last), model.toProperty().get());
        fromBox = model.fromProperty().asObject();
        toBox = model.toProperty().asObject();
        setUp(from, "export-from", fromBox);
        setUp(to, "export-to", toBox);
        from.disableProperty().bind(range.selectedProperty().not());
        to.disableProperty().bind(range.selectedProperty().not());
        HBox rangeRow = new HBox(6, range, from, new Label("to"), to);
        rangeRow.setAlignment(Pos.CENTER_LEFT);
        Label stepsHint = new Label("A range gives one PDF page, or one numbered file, per step.");
        // The theme's muted-text and badge classes: the export dialog adds no style sheet of its own.
        stepsHint.getStyleClass().add("welcome-hint");

        ListView<Choice<String>> lanes = new ListView<>(model.lanes());
        lanes.setId("export-lanes");
        lanes.setCellFactory(CheckBoxListCell.forListView(Choice::selectedProperty));
        lanes.setPrefHeight(Math.min(8, Math.max(3, model.lanes().size())) * 26 + 4);
        lanes.setTooltip(new Tooltip("Ticked nodes become lanes. Routers are off by default: each of their"
                + " packets already shows at the hosts and load balancers beside them."));

        FlowPane kinds = new FlowPane(10, 6);
        kinds.setId("export-kinds");
        kinds.setPrefWrapLength(380);
        for (Choice<EventKind> k : model.kinds()) {
            CheckBox box = new CheckBox(k.label());
            // Kind names such as MP_JOIN hold underscores, which are not mnemonics here.
            box.setMnemonicParsing(false);
            box.setId("export-kind-" + k.value().name());
            box.selectedProperty().bindBidirectional(k.selectedProperty());
            kinds.getChildren().add(box);
        }

        ComboBox<LabelDetail> labels = combo("export-labels",
                FXCollections.observableArrayList(LabelDetail.values()),
                ExportLabels::of);
        labels.valueProperty().bindBidirectional(model.labelsProperty());
        ComboBox<DiagramTheme> theme = combo("export-theme",
                FXCollections.observableArrayList(DiagramTheme.values()),
                ExportLabels::of);
        theme.valueProperty().bindBidirectional(model.themeProperty());

        Spinner<Double> font = new Spinner<>(6, 48, model.fontSizeProperty().get(), 1);
        fontBox = model.fontSizeProperty().asObject();
        setUp(font, "export-font-size", fontBox);
        Spinner<Double> scale = new Spinner<>(0.5, 8, model.pngScaleProperty().get(), 0.5);
        scaleBox = model.pngScaleProperty().asObject();
        setUp(scale, "export-png-scale", scaleBox);
        scale.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.PNG));
        scale.setTooltip(new Tooltip("Pixels per diagram unit; 2 stays sharp on high-density screens and projectors."));

        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add("scenario-badge");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());

        int row = 0;
        addRow(row++, new Label("View"), view);
        addRow(row++, new Label("Format"), format);
        addRow(row++, new Label("Steps"), new VBox(4, current, rangeRow, stepsHint));
        addRow(row++, new Label("Lanes"), lanes);
        addRow(row++, new Label("Packet kinds"), kinds);
        addRow(row++, new Label("Labels"), labels);
        addRow(row++, new Label("Theme"), theme);
        addRow(row++, new Label("Font size (pt)"), font);
        addRow(row++, new Label("PNG scale"), scale);
        add(problem, 0, row, 2, 1);
    }

    private static <T> ComboBox<T> combo(String id, ObservableList<T> items,
            Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(320);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static <T> void setUp(Spinner<T> spinner, String id, ObjectProperty<T> value) {
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        factory.valueProperty().bindBidirectional(value);
    }
}
