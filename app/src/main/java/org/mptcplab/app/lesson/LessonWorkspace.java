package org.mptcplab.app.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.mptcplab.lessons.load.LessonLoadException;

/**
 * The lesson list on the left and the player of the chosen lesson in the centre. Opening a lesson
 * builds a fresh {@link LessonPlayerViewModel} (which resumes from the saved progress) and its
 * {@link LessonPlayerPane}; the animation timer drives the step's playback.
 */
public final class LessonWorkspace extends BorderPane {
    private final LessonLibrary library;
    private final String student;
    private final Executor executor;
    private final LinkPolicy links;
    private final Supplier<Optional<Path>> chooseFile;
    private final LessonListView list;
    private final Label empty = new Label("Choose a lesson on the left.");
    private LessonPlayerPane player;
    private Runnable onPlayerOpened = () -> { };
    private final AnimationTimer timer = new AnimationTimer() {
        private long last = -1;

        @Override
        public void handle(long now) {
            if (player != null && last >= 0) {
                player.run().tick(now - last);
            }
            last = now;
        }
    };

    /**
     * @param student    whose progress and exercise seed to use
     * @param executor   where step runs are recorded (a background thread in the app)
     * @param links      what narration links do
     * @param chooseFile asks the user for a lesson file (empty when cancelled)
     */
    public LessonWorkspace(LessonLibrary library, String student, Executor executor, LinkPolicy links,
            Supplier<Optional<Path>> chooseFile) {
        this.library = library;
        this.student = student;
        this.executor = executor;
        this.links = links;
        this.chooseFile = chooseFile;
        setId("lesson-workspace");
        getStyleClass().add("lesson-workspace");
        list = new LessonListView(library, e -> show(e), this::openFile);
        setLeft(list);
        empty.getStyleClass().add("lesson-empty");
        empty.setId("lesson-message");
        empty.setWrapText(true);
        setCenter(empty);
        timer.start();
    }

    /** Opens the listed lesson {@code id}; false when there is none. */
    public boolean open(String id) {
        Optional<LessonEntry> e = library.find(id);
        e.ifPresent(entry -> {
            show(entry);
            list.select(id);
        });
        return e.isPresent();
    }

    private void openFile() {
        chooseFile.get().ifPresent(this::openFile);
    }

    /**
     * Loads the lesson file {@code file}, lists it and opens it; a file that is not a valid lesson
     * shows the loader's located message (file:line:column: field: what is wrong) instead.
     *
     * @return whether the lesson opened
     */
    public boolean openFile(Path file) {
        try {
            LessonEntry e = library.open(file);
            show(e);
            list.select(e.lesson().id());
            return true;
        } catch (IOException | LessonLoadException ex) {
            closePlayer();
            empty.setText("This lesson file cannot be opened:\n" + ex.getMessage());
            setCenter(empty);
            return false;
        }
    }

    private void show(LessonEntry e) {
        if (player != null && player.model().lesson() == e.lesson()) {
            return;
        }
        closePlayer();
        LessonPlayerViewModel model = new LessonPlayerViewModel(e.lesson(), library.store(), student, executor,
                Platform::runLater);
        model.stepIndexProperty().addListener((o, a, i) -> library.refresh(e.lesson().id()));
        model.answerStateProperty().addListener((o, a, s) -> library.refresh(e.lesson().id()));
        player = new LessonPlayerPane(model, new StepPlayback(model, executor), e.folder(), links::follow);
        setCenter(player);
        onPlayerOpened.run();
    }

    /** Called each time a lesson's player was built (presenter mode re-applies its switches). */
    public void setOnPlayerOpened(Runnable action) {
        onPlayerOpened = action;
    }

    private void closePlayer() {
        if (player != null) {
            player.run().close();
            player = null;
        }
    }

    /** Shows or hides the lesson list (presenter mode hides it with the inspectors). */
    public void setListShown(boolean shown) {
        setLeft(shown ? list : null);
    }

    /** The player of the open lesson, or null. */
    public LessonPlayerPane player() {
        return player;
    }

    /** The lessons listed. */
    public LessonLibrary library() {
        return library;
    }

    /** Stops the animation and any recording. */
    public void close() {
        timer.stop();
        closePlayer();
    }
}
