package org.mptcplab.app.lesson;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mptcplab.assets.Themes;

/**
 * On-demand tool (not a test): opens the lesson player on a step of a bundled lesson, in normal or
 * presenter mode, and saves the window as PNG. Progress goes to a temporary folder. Run under Xvfb:
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp app/target/mptcp-lab.jar:app/target/test-classes \
 *     org.mptcplab.app.lesson.LessonScreenshots join-breaks-behind-lb 1 docs/screenshots/lesson.png [presenter]</pre>
 */
public final class LessonScreenshots {
    private LessonScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        String lesson = args[0];
        int step = Integer.parseInt(args[1]);
        File out = new File(args[2]);
        boolean presenter = args.length > 3 && args[3].equals("presenter");
        Path progress = Files.createTempDirectory("lesson-shot");
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.startup(() -> {
            LessonWindow w = new LessonWindow(new Stage(), new ProgressStore(progress), "student", Themes.LIGHT,
                    url -> false, url -> { }, Runnable::run);
            w.openLesson(lesson);
            w.workspace().player().model().goTo(step);
            w.show();
            w.setPresenter(presenter);
            if (presenter) {
                // Xvfb has no window manager to honour full screen: give the stage the screen's size.
                w.stage().setX(0);
                w.stage().setY(0);
                w.stage().setWidth(1920);
                w.stage().setHeight(1080);
                w.presenter().togglePointer();
            }
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames < 30) {
                        return;
                    }
                    stop();
                    try {
                        if (presenter) {
                            // The spot over the load balancer's decision, as a lecturer would point at it.
                            w.layer().moveSpot(w.layer().getWidth() * 0.33, w.layer().getHeight() * 0.3);
                        }
                        out.getAbsoluteFile().getParentFile().mkdirs();
                        ImageIO.write(SwingFXUtils.fromFXImage(w.stage().getScene().snapshot(null), null), "png", out);
                        StepPlayback run = w.workspace().player().run();
                        done.complete(out + " point " + run.pointProperty().get() + " cursor "
                                + run.playback().getCursor() + " " + w.stage().getWidth() + "x" + w.stage().getHeight()
                                + ": "
                                + w.workspace().player().model().getNotice());
                    } catch (Exception e) {
                        done.completeExceptionally(e);
                    }
                }
            }.start();
        });
        try {
            System.out.println(done.get());
        } finally {
            Platform.exit();
        }
    }
}
