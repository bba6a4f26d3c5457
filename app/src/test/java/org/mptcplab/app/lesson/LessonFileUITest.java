package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson of one's own: its image from its folder, its link behind a confirmation, a broken file's message. */
class LessonFileUITest {
    @TempDir
    Path dir;
    private LessonUi ui;

    @AfterEach
    void close() throws TimeoutException {
        ui.close();
    }

    @Test
    void anOpenedLessonShowsItsImageAndItsLinkAsksBeforeOpening() throws Exception {
        ui = new LessonUi().open(dir.resolve("progress"));
        Path file = LessonFiles.withImageAndLink(dir, "my-lesson");

        ui.robot.interact(() -> assertThat(ui.window.workspace().openFile(file)).isTrue());
        ui.waitForPoint();

        assertThat(ui.model().lesson().id()).isEqualTo("my-lesson");
        ImageView image = ui.robot.lookup("#step-image").queryAs(ImageView.class);
        assertThat(image.getImage().getWidth()).isEqualTo(40);
        ui.robot.clickOn(".lesson-link");
        assertThat(ui.confirmed).containsExactly(LessonFiles.LINK);
        assertThat(ui.browsed).containsExactly(LessonFiles.LINK);
        assertThat(ui.model().getNotice()).startsWith("Opened " + LessonFiles.LINK);
    }

    @Test
    void aBrokenLessonFileShowsTheLoadersLocatedMessage() throws Exception {
        ui = new LessonUi().open(dir.resolve("progress"));
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ \"schemaVersion\": 1, \"id\": \"x\", \"image\": \"../secret.png\" }");

        ui.robot.interact(() -> assertThat(ui.window.workspace().openFile(file)).isFalse());

        assertThat(ui.window.workspace().player()).isNull();
        assertThat(ui.robot.lookup("#lesson-message").queryLabeled().getText())
                .startsWith("This lesson file cannot be opened:").contains("broken.json:1");
    }
}
