package org.mptcplab.app.playback.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.RunStop;

/** An uncaught exception becomes one dialog with a short message and the trace as details. */
class UncaughtErrorHandlerTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final UncaughtErrorHandler handler = new UncaughtErrorHandler(dialogs, Runnable::run,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    private final Thread fx = new Thread(() -> { }, "JavaFX Application Thread");

    @Test
    void anUncaughtExceptionShowsAShortMessageWithTheStackTraceOnlyInTheDetails() {
        handler.uncaughtException(fx, new IllegalStateException("layout exploded"));

        assertThat(dialogs.shown).hasSize(1);
        RecordingDialogs.Shown shown = dialogs.shown.get(0);
        assertThat(shown.title()).isEqualTo(UncaughtErrorHandler.TITLE);
        assertThat(shown.message()).startsWith("IllegalStateException: layout exploded")
                .contains("JavaFX Application Thread").contains(RunStop.REPORT_IT).doesNotContain("\tat ");
        assertThat(shown.details()).contains("java.lang.IllegalStateException: layout exploded")
                .contains("\tat " + UncaughtErrorHandlerTest.class.getName());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theSameErrorAgainGoesToTheFallbackInsteadOfAnotherDialog() {
        handler.uncaughtException(fx, new IllegalStateException("every frame"));
        handler.uncaughtException(fx, new IllegalStateException("every frame"));
        handler.uncaughtException(fx, new IllegalArgumentException("another one"));

        assertThat(dialogs.shown).extracting(RecordingDialogs.Shown::message)
                .satisfiesExactly(m -> assertThat(m).startsWith("IllegalStateException: every frame"),
                        m -> assertThat(m).startsWith("IllegalArgumentException: another one"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("every frame").contains("\tat ");
    }

    @Test
    void anErrorWhileADialogIsOpenIsNotStackedOnTopOfIt() {
        dialogs.whileShowing = () -> handler.uncaughtException(fx, new IllegalStateException("nested"));

        handler.uncaughtException(fx, new IllegalStateException("first"));

        assertThat(dialogs.shown).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nested");
    }

    @Test
    void aDialogThatCannotBeShownFallsBackToTheErrorStream() {
        dialogs.whileShowing = () -> {
            throw new IllegalStateException("no window to own the dialog");
        };

        handler.uncaughtException(fx, new UnsupportedOperationException("original"));

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("UnsupportedOperationException: original");
    }

    @Test
    void errorsFromAnotherThreadAreHandedToTheFxExecutor() {
        StringBuilder ran = new StringBuilder();
        UncaughtErrorHandler queued = new UncaughtErrorHandler(dialogs, task -> {
            ran.append("queued");
            task.run();
        }, new PrintStream(err, true, StandardCharsets.UTF_8));

        queued.uncaughtException(new Thread(() -> { }, "run-loader"), new IllegalStateException("bg"));

        assertThat(ran).hasToString("queued");
        assertThat(dialogs.shown).singleElement().satisfies(s -> assertThat(s.message()).contains("run-loader"));
    }

    @Test
    void uninstallPutsBackTheHandlersFoundAtInstall() throws Exception {
        Thread.UncaughtExceptionHandler before = (t, e) -> { };
        Thread.UncaughtExceptionHandler defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
        AtomicReference<Thread.UncaughtExceptionHandler> installed = new AtomicReference<>();
        AtomicReference<Thread.UncaughtExceptionHandler> restored = new AtomicReference<>();
        Thread t = new Thread(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(before);
            handler.installOnCurrentThread();
            installed.set(Thread.currentThread().getUncaughtExceptionHandler());
            handler.uninstall();
            restored.set(Thread.currentThread().getUncaughtExceptionHandler());
        }, "installer");
        t.start();
        t.join();

        assertThat(installed.get()).isSameAs(handler);
        assertThat(restored.get()).isSameAs(before);
        assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(defaultBefore);
    }
}
