package org.mptcplab.app.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mptcplab.app.AppInfo;
import org.mptcplab.engine.scenario.Catalog;

/**
 * The central placeholder until the simulation views exist: what the product is and the built-in
 * scenario list. Double-click or Enter asks the view-model to open a scenario.
 */
final class WelcomePane extends VBox {

    WelcomePane(ShellViewModel model) {
        getStyleClass().add("welcome-pane");
        setId("welcome-pane");

        Label title = new Label(AppInfo.NAME);
        title.getStyleClass().add("welcome-title");
        Label tagline = new Label(AppInfo.TAGLINE);
        tagline.getStyleClass().add("welcome-tagline");
        tagline.setWrapText(true);
        Label heading = new Label("Built-in scenarios");
        heading.getStyleClass().add("welcome-section-title");
        Label hint = new Label("Double-click a scenario or press Enter to open it.");
        hint.getStyleClass().add("welcome-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox headingRow = new HBox(12, heading, gap, hint);
        headingRow.setAlignment(Pos.BASELINE_LEFT);
        headingRow.getStyleClass().add("welcome-section");

        ListView<Catalog.Entry> list = new ListView<>(model.getScenarios());
        list.setId("scenario-list");
        list.getStyleClass().add("scenario-list");
        list.setCellFactory(view -> new ScenarioCell());
        heading.setLabelFor(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        wireOpening(model, list);

        getChildren().addAll(title, tagline, headingRow, list);
    }

    /** Adds the button that opens the lesson player; {@code action} opens it. */
    void onOpenLessons(Runnable action) {
        Button lessons = new Button("Lessons: guided tours of the failure and the fix…");
        lessons.setId("welcome-lessons");
        lessons.setOnAction(e -> action.run());
        getChildren().add(Math.min(2, getChildren().size()), lessons);
    }

    private static void wireOpening(ShellViewModel model, ListView<Catalog.Entry> list) {
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(model, list);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(model, list);
            }
        });
        model.selectedScenarioProperty().addListener((obs, old, now) -> {
            if (now != null && now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        if (model.selectedScenarioProperty().get() != null) {
            list.getSelectionModel().select(model.selectedScenarioProperty().get());
        }
    }

    private static void openSelected(ShellViewModel model, ListView<Catalog.Entry> list) {
        Catalog.Entry selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.openRun(selected.id());
        }
    }
}
