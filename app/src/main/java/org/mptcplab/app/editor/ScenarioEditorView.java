package org.mptcplab.app.editor;

import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The scenario editor: nodes and links on the left, the selected one's properties in a ControlsFX
 * {@link PropertySheet}, and a tool bar with undo, redo, add/remove backend and Run. Ctrl+Z undoes,
 * Ctrl+Shift+Z redoes (Cmd on macOS).
 */
public final class ScenarioEditorView extends BorderPane {
    /** Undo shortcut. */
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /** Redo shortcut. */
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final ScenarioEditorViewModel model;
    private final PropertySheet sheet = new PropertySheet();
    private final ComboBox<String> backends = new ComboBox<>();
    private final Label backendError = new Label();
    private final Button add = new Button("Add backend");
    private final Button remove = new Button("Remove backend");

    /** A view of {@code model}. */
    public ScenarioEditorView(ScenarioEditorViewModel model) {
        this.model = model;
        setId("scenario-editor");
        getStyleClass().add("scenario-editor");

        ListView<EditorElement> list = new ListView<>(model.elements());
        list.setId("editor-elements");
        list.setPrefWidth(220);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null && !now.equals(model.selectedProperty().get())) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((o, a, now) -> {
            if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
            }
        });
        setLeft(list);

        sheet.setId("editor-sheet");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(item -> new FieldEditor((SheetItem) item, model));
        model.properties().addListener((ListChangeListener<EditorProperty>) c -> refreshSheet());
        backendError.setId("error-backends");
        backendError.setStyle("-fx-text-fill: #b00020;");
        backendError.setWrapText(true);
        model.errors().addListener((MapChangeListener<String, String>) c -> backendError.setText(
                model.errors().getOrDefault(ScenarioEditorViewModel.BACKENDS_KEY, "")));
        VBox centre = new VBox(4, sheet, backendError);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        centre.setPadding(new Insets(0, 4, 4, 4));
        setCenter(centre);
        setTop(toolBar());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        refreshSheet();
    }

    private ToolBar toolBar() {
        Button undo = button("editor-undo", "Undo", model::undo);
        undo.disableProperty().bind(model.undoStack().canUndoProperty().not());
        Button redo = button("editor-redo", "Redo", model::redo);
        redo.disableProperty().bind(model.undoStack().canRedoProperty().not());
        add.setId("editor-add-backend");
        add.setOnAction(e -> model.addBackend());
        backends.setId("editor-backend-choice");
        backends.setPromptText("backend");
        remove.setId("editor-remove-backend");
        remove.setOnAction(e -> {
            if (backends.getValue() != null) {
                model.removeBackend(backends.getValue());
            }
        });
        Button run = button("editor-run", "Run", model::run);
        return new ToolBar(undo, redo, new Separator(), add, backends, remove, new Separator(), run);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refreshSheet() {
        sheet.getItems().setAll(model.properties().stream().map(p -> new SheetItem(p, model)).toList());
        backends.getItems().setAll(model.backends());
        boolean lb = !model.backends().isEmpty();
        backends.setDisable(!lb);
        add.setDisable(!lb);
        remove.setDisable(!lb);
    }

    private void onKey(KeyEvent e) {
        if (REDO.match(e)) {
            model.redo();
        } else if (UNDO.match(e)) {
            model.undo();
        } else {
            return;
        }
        e.consume();
    }

    /** The view-model (tests read it). */
    public ScenarioEditorViewModel model() {
        return model;
    }
}
