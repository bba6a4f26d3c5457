package org.mptcplab.app.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bottom line of the window: the current status message and the product version. */
final class StatusBar extends HBox {

    StatusBar(ShellViewModel model) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(model.statusProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        Label version = new Label();
        version.getStyleClass().add("status-version");
        version.textProperty().bind(model.titleProperty().concat(" ").concat(model.versionProperty()));

        getChildren().addAll(message, version);
    }
}
