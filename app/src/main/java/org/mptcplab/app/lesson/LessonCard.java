package org.mptcplab.app.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.mptcplab.lessons.load.AssetPaths;
import org.mptcplab.lessons.model.Step;

/**
 * The narration card of the current step: lesson title, "Step n of m", the narration, the step's
 * image (only from inside the lesson's folder, through {@link AssetPaths}), the highlights and the
 * question.
 */
final class LessonCard extends VBox {
    /** Largest image drawn; larger files are scaled down. */
    private static final double IMAGE_WIDTH = 420;
    private static final long MAX_IMAGE_BYTES = 8L << 20;
    private final LessonPlayerViewModel model;
    private final Path folder;
    private final Label position = new Label();
    private final NarrationView narration;
    private final VBox image = new VBox();
    private final HighlightCard highlights = new HighlightCard();

    /**
     * @param folder the lesson's folder, or null for a bundled lesson (which has no image files)
     */
    LessonCard(LessonPlayerViewModel model, Path folder, Consumer<String> onLink, Runnable showWhy) {
        this.model = model;
        this.folder = folder;
        this.narration = new NarrationView(onLink);
        setId("lesson-card");
        getStyleClass().add("lesson-card");
        setSpacing(10);
        Label title = new Label(model.lesson().title());
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        position.setId("step-position");
        position.getStyleClass().add("lesson-position");
        position.setWrapText(true);
        narration.setId("narration");
        getChildren().addAll(title, position, narration, image, highlights,
                new QuestionView(model, onLink, showWhy));
        model.stateProperty().addListener((o, a, s) -> refresh());
        model.stepIndexProperty().addListener((o, a, i) -> refresh());
        refresh();
    }

    private void refresh() {
        Step step = model.step();
        position.setText(model.position() + "  \u00b7  " + step.at().describe() + " of " + step.scenario());
        narration.setText(step.narration());
        highlights.show(model.getState());
        showImage(step.image());
    }

    private void showImage(String relative) {
        image.getChildren().clear();
        if (relative == null) {
            return;
        }
        if (folder == null) {
            image.getChildren().add(new Label("(image " + relative + " is not available for this lesson)"));
            return;
        }
        try {
            Path file = AssetPaths.resolve(folder, relative);
            if (!Files.isRegularFile(file)) {
                image.getChildren().add(new Label("(image " + relative + " not found in the lesson's folder)"));
                return;
            }
            if (Files.size(file) > MAX_IMAGE_BYTES) {
                image.getChildren().add(new Label("(image " + relative + " is larger than 8 MiB; not shown)"));
                return;
            }
            Image picture = new Image(file.toUri().toString());
            ImageView view = new ImageView(picture);
            // Scaled down to the card, never up.
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(picture.getWidth(), IMAGE_WIDTH));
            view.setId("step-image");
            image.getChildren().add(picture.isError() ? new Label("(image " + relative + " cannot be read)") : view);
        } catch (IOException | IllegalArgumentException e) {
            image.getChildren().add(new Label("(image refused: " + e.getMessage() + ")"));
        }
    }
}
