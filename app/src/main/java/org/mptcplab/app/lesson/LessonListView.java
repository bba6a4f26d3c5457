package org.mptcplab.app.lesson;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The lesson list with each lesson's progress, and a button to open a lesson file. */
final class LessonListView extends VBox {
    private final ListView<LessonEntry> list;

    LessonListView(LessonLibrary library, Consumer<LessonEntry> onOpen, Runnable openFile) {
        setId("lesson-list-pane");
        getStyleClass().add("lesson-list-pane");
        setSpacing(6);
        Label heading = new Label("Lessons");
        heading.getStyleClass().add("lesson-list-heading");
        list = new ListView<>(library.entries());
        list.setId("lesson-list");
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null && (a == null || !a.lesson().id().equals(e.lesson().id()))) {
                onOpen.accept(e);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button open = new Button("Open lesson file\u2026");
        open.setId("open-lesson-file");
        open.setTooltip(new Tooltip("Load a lesson JSON file (checked like 'mptcp-lab lesson check')"));
        open.setOnAction(e -> openFile.run());
        open.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(heading, list, open);
        setPrefWidth(270);
    }

    /** Selects lesson {@code id} in the list without reopening it. */
    void select(String id) {
        for (LessonEntry e : list.getItems()) {
            if (e.lesson().id().equals(id)) {
                list.getSelectionModel().select(e);
                return;
            }
        }
    }

    private static final class EntryCell extends ListCell<LessonEntry> {
        @Override
        protected void updateItem(LessonEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(e.lesson().title());
            title.setWrapText(true);
            title.getStyleClass().add("lesson-entry-title");
            Label progress = new Label(e.progress());
            progress.getStyleClass().add("lesson-entry-progress");
            VBox box = new VBox(2, title, progress);
            box.setMaxWidth(230);
            title.setMaxWidth(230);
            setText(null);
            setGraphic(box);
        }
    }
}
