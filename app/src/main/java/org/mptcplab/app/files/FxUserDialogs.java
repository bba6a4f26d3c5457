package org.mptcplab.app.files;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** {@link UserDialogs} as modal JavaFX alerts owned by the main window. */
public final class FxUserDialogs implements UserDialogs {
    private static final double MESSAGE_WIDTH = 620;
    private final Supplier<Window> owner;

    /** Dialogs owned by the window {@code owner} gives at the time. */
    public FxUserDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        errorAlert(title, message).showAndWait();
    }

    @Override
    public Optional<String> ask(Question question) {
        Alert alert = questionAlert(question);
        return alert.showAndWait().filter(b -> b.getButtonData() != ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(ButtonType::getText);
    }

    @Override
    public void showError(String title, String message, String details) {
        Alert alert = errorAlert(title, message);
        TextArea trace = new TextArea(details);
        trace.setId("error-details");
        trace.setEditable(false);
        trace.setPrefRowCount(14);
        trace.setPrefColumnCount(72);
        alert.getDialogPane().setExpandableContent(trace);
        alert.showAndWait();
    }

    /** The error alert, not shown yet (the screenshot tool shows it without waiting). */
    Alert errorAlert(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message, "error-message");
        alert.getDialogPane().setId("error-dialog");
        return alert;
    }

    /**
     * The question alert: one button per choice, the first one the default (Enter). Closing the window
     * or Escape must change nothing, but JavaFX closes a dialog only through a cancel button, whose
     * answer would then be one of the choices; so a hidden cancel button stands for "closed".
     */
    Alert questionAlert(Question question) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, question.title(), question.message(), "question-message");
        alert.getDialogPane().setId("question-" + question.id());
        alert.getButtonTypes().clear();
        for (int i = 0; i < question.choices().size(); i++) {
            alert.getButtonTypes().add(new ButtonType(question.choices().get(i),
                    i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        ButtonType closed = new ButtonType("", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().add(closed);
        // Not invisible: JavaFX ignores Escape for a cancel button that is not visible. Unmanaged, it gets
        // no size, and it takes no focus or clicks.
        Node hidden = alert.getDialogPane().lookupButton(closed);
        hidden.setManaged(false);
        hidden.setOpacity(0);
        hidden.setFocusTraversable(false);
        hidden.setMouseTransparent(true);
        return alert;
    }

    private Alert alert(Alert.AlertType type, String title, String message, String textId) {
        Alert alert = new Alert(type);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
            if (w.getScene() != null) {
                alert.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
            }
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setId(textId);
        text.setWrapText(true);
        // Long paths and loader messages wrap instead of stretching the dialog across a projector.
        text.setPrefWidth(MESSAGE_WIDTH);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
