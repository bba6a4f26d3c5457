package org.mptcplab.app.shell;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/**
 * What the on-demand screenshot tools (not tests) share: start JavaFX, let the scene settle for a few
 * pulses, save it as PNG and print one line saying what was saved.
 */
public final class ScreenshotTool {
    private ScreenshotTool() {
    }

    /**
     * Starts JavaFX, runs {@code setup} on its thread, prints the line {@code setup} (or a later
     * callback) completes the future with, and stops JavaFX; a failure is thrown here.
     */
    public static void run(Consumer<CompletableFuture<String>> setup) throws Exception {
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                setup.accept(done);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            System.out.println(done.get());
        } finally {
            Platform.exit();
        }
    }

    /** Writes {@code scene} as a PNG to {@code out}, creating its folder. */
    public static void savePng(Scene scene, File out) throws IOException {
        out.getAbsoluteFile().getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out);
    }

    /**
     * After {@code frames} pulses (so layout, CSS and canvases settle) saves {@code scene} to {@code out}
     * and completes {@code done} with {@code out: caption}.
     */
    public static void saveAfterPulses(int frames, Scene scene, File out, Supplier<String> caption,
            CompletableFuture<String> done) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen < frames) {
                    return;
                }
                stop();
                try {
                    savePng(scene, out);
                    done.complete(out + ": " + caption.get());
                } catch (IOException | RuntimeException e) {
                    done.completeExceptionally(e);
                }
            }
        }.start();
    }
}
