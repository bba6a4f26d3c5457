package org.mptcplab.app.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mptcplab.assets.Themes;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * On-demand tool (not a test): saves the file dialogs (malformed file, recover, changed on disk, unsaved
 * edits) as PNG into the folder given, to check how they read. Run under Xvfb, like the shell's
 * {@code Screenshots}.
 */
public final class DialogScreenshots {
    private DialogScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args[0]);
        out.mkdirs();
        Path dir = Files.createTempDirectory("dialogs");
        MalformedScenarioFiles.Case bad = MalformedScenarioFiles.write(dir).get(2);
        String located;
        try {
            ScenarioLoader.load(bad.file());
            throw new IllegalStateException("expected a broken file");
        } catch (ScenarioLoadException e) {
            located = LoadProblems.located(e);
        }
        String message = located;
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Stage owner = new Stage();
                Scene scene = new Scene(new StackPane(), 1280, 800);
                scene.getStylesheets().setAll(Themes.stylesheet(Themes.LIGHT).toExternalForm());
                owner.setScene(scene);
                owner.show();
                FxUserDialogs d = new FxUserDialogs(() -> owner);
                shoot(d.errorAlert("Cannot open scenario", message), new File(out, "dialog-malformed.png"));
                shoot(d.questionAlert(new Question("recover", "Recover 2 unsaved scenarios?",
                        "MPTCP Lab did not close normally. These edits were autosaved:\n\n"
                                + "\u2022 l4lb-mptcp-fixed (edited from /home/ana/talk/fixed.json), at 2026-11-26 14:02:11\n"
                                + "\u2022 l4lb-tcp (never saved), at 2026-11-26 13:58:40\n\nRecover opens the newest and"
                                + " lists the others under File > Open recent; nothing is written over your files"
                                + " until you save. Discard deletes the autosaves.", List.of("Recover", "Discard"))),
                        new File(out, "dialog-recover.png"));
                shoot(d.questionAlert(new Question("file-changed", "File changed on disk",
                        "/home/ana/talk/fixed.json was changed by another program.\n\nReload it (your unsaved edits"
                                + " are lost), or keep your version (saving will ask before overwriting the other"
                                + " program's changes)?", List.of("Keep mine", "Reload"))),
                        new File(out, "dialog-changed.png"));
                shoot(d.questionAlert(new Question("unsaved-edits", "Unsaved edits",
                        "The scenario /home/ana/talk/fixed.json has edits that are not saved.\n\nSave them first?",
                        List.of("Save", "Discard", "Cancel"))), new File(out, "dialog-unsaved.png"));
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
        Platform.exit();
    }

    private static void shoot(Alert alert, File file) throws Exception {
        alert.show();
        alert.getDialogPane().applyCss();
        alert.getDialogPane().layout();
        var image = alert.getDialogPane().getScene().snapshot(null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        alert.close();
        System.out.println(file + " " + (int) image.getWidth() + "x" + (int) image.getHeight());
    }
}
