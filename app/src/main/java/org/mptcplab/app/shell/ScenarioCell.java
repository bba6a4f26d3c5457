package org.mptcplab.app.shell;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mptcplab.engine.scenario.Catalog;

/** One row of the scenario list: id, title and summary, and a badge while it cannot run. */
final class ScenarioCell extends ListCell<Catalog.Entry> {

    static final String NOT_RUNNABLE_BADGE = "not yet runnable";

    private final Label id = styled(new Label(), "scenario-id");
    private final Label title = styled(new Label(), "scenario-title");
    private final Label summary = styled(new Label(), "scenario-summary");
    private final Label badge = styled(new Label(NOT_RUNNABLE_BADGE), "scenario-badge");
    private final HBox row;

    ScenarioCell() {
        getStyleClass().add("scenario-cell");
        VBox text = new VBox(2, title, summary);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(16, id, text, badge);
        row.setAlignment(Pos.CENTER_LEFT);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        title.setMinWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Size to the list, not to the text: long summaries get an ellipsis, never a horizontal scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Catalog.Entry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        id.setText(entry.id());
        title.setText(entry.title());
        summary.setText(entry.summary());
        badge.setVisible(!entry.runnable());
        badge.setManaged(!entry.runnable());
        setAccessibleText(entry.id() + ": " + entry.title() + (entry.runnable() ? "" : ", " + NOT_RUNNABLE_BADGE));
        setGraphic(row);
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
