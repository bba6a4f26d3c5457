package org.mptcplab.app.export.gui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.mptcplab.app.export.ExportFormat;
import org.mptcplab.app.export.StepRange;
import org.mptcplab.app.playback.Background;

/**
 * A live preview of the export's first page: the exporter itself draws it as a small PNG (so the preview
 * is exactly what the file will show), off the FX thread, a moment after the last change of a choice.
 * At most one preview is drawn at a time: a change made meanwhile is drawn once that one is done, and
 * the stale picture is never shown.
 */
final class ExportPreview extends StackPane {
    private static final double WIDTH = 520;
    private static final double HEIGHT = 400;
    private final ExportDialogModel model;
    private final ImageView image = new ImageView();
    private final Label note = new Label();
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private boolean drawing;
    private boolean again;

    ExportPreview(ExportDialogModel model) {
        this.model = model;
        setId("export-preview");
        getStyleClass().add("export-preview");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        image.setFitWidth(WIDTH - 8);
        image.setFitHeight(HEIGHT - 8);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        note.setWrapText(true);
        note.setMaxWidth(WIDTH - 40);
        setAlignment(Pos.CENTER);
        getChildren().addAll(image, note);
        settle.setOnFinished(e -> render());
    }

    /** Redraws a moment after the last call (choices change in bursts while a spinner is held). */
    void refresh() {
        settle.playFromStart();
    }

    private void render() {
        if (drawing) {
            again = true;
            return;
        }
        if (!model.problemProperty().get().isEmpty()) {
            image.setImage(null);
            note.setText("No preview: " + model.problemProperty().get());
            return;
        }
        ExportRequest chosen = model.request();
        ExportRequest first = new ExportRequest(chosen.view(), ExportFormat.PNG,
                StepRange.single(chosen.steps().from()), chosen.options().withPngScale(1));
        note.setText("Drawing the preview…");
        Task<Image> task = new Task<>() {
            @Override
            protected Image call() throws IOException {
                Path temp = Files.createTempFile("mptcplab-preview", ".png");
                try {
                    List<Path> files = first.write(model.snapshot(), "preview", temp);
                    try (InputStream in = Files.newInputStream(files.get(0))) {
                        return new Image(in);
                    }
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        };
        task.setOnSucceeded(e -> done(task.getValue(), ""));
        task.setOnFailed(e -> done(null, "No preview: " + task.getException().getMessage()));
        drawing = true;
        Background.daemon("export-preview").execute(task);
    }

    private void done(Image picture, String text) {
        drawing = false;
        if (again) {
            again = false;
            render();
        } else {
            image.setImage(picture);
            note.setText(text);
        }
    }
}
