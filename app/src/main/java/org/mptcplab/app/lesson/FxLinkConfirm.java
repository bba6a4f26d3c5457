package org.mptcplab.app.lesson;

import java.util.function.Predicate;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Asks, in a modal dialog that names the URL, whether to open a lesson's link in the browser. */
final class FxLinkConfirm implements Predicate<String> {
    private final Window owner;

    FxLinkConfirm(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean test(String url) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        if (owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        alert.setTitle("Open a link from this lesson?");
        alert.setHeaderText("This lesson links to a web page:");
        Label text = new Label(url + "\n\nOpen it in your browser? Lessons can come from anyone; open links you"
                + " trust.");
        text.setId("link-url");
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
