package org.mptcplab.app.playback.fault;

import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.mptcplab.app.files.UserDialogs;
import org.mptcplab.app.playback.RunStop;

/**
 * The GUI's last line of defence: an exception that escapes to a thread's top (an event handler, a
 * listener, a layout pass) becomes one error dialog with a short message and the stack trace in a
 * details expander, instead of a trace on stderr and a window left half-updated without a word. The
 * window keeps running; the action that failed may not have completed.
 *
 * <p>Only one dialog is shown at a time, and an error identical to the last one shown is not shown
 * again: a failure repeated on every frame must not bury the window under dialogs. Those go to
 * {@code fallback} (stderr in the app) so they are not lost either.
 */
public final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {
    /** Title of the dialog. */
    public static final String TITLE = "Something went wrong";
    private final UserDialogs dialogs;
    private final Executor fx;
    private final PrintStream fallback;
    private boolean showing;
    private String lastShown;
    private Thread installedOn;
    private Thread.UncaughtExceptionHandler previousOnThread;
    private Thread.UncaughtExceptionHandler previousDefault;

    /**
     * @param dialogs  shows the error
     * @param fx       runs the dialog on the FX thread ({@code Platform::runLater} in the app)
     * @param fallback where errors go that are not shown (one already open, or a repeat)
     */
    public UncaughtErrorHandler(UserDialogs dialogs, Executor fx, PrintStream fallback) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * Makes this the handler of the current thread (the FX thread at startup) and the default of every
     * other thread, until {@link #uninstall()}.
     */
    public void installOnCurrentThread() {
        installedOn = Thread.currentThread();
        previousOnThread = installedOn.getUncaughtExceptionHandler();
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        installedOn.setUncaughtExceptionHandler(this);
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    /**
     * Puts back the handlers found at {@link #installOnCurrentThread()} (when the application stops:
     * tests start and stop it many times in one JVM), unless someone replaced this one meanwhile.
     */
    public void uninstall() {
        if (installedOn != null && installedOn.getUncaughtExceptionHandler() == this) {
            installedOn.setUncaughtExceptionHandler(previousOnThread);
        }
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        }
        installedOn = null;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        fx.execute(() -> show(thread, failure));
    }

    private void show(Thread thread, Throwable failure) {
        String message = message(thread, failure);
        if (showing || message.equals(lastShown)) {
            fallback.println(TITLE + ": " + message);
            failure.printStackTrace(fallback);
            return;
        }
        showing = true;
        lastShown = message;
        try {
            dialogs.showError(TITLE, message, RunStop.stackTrace(failure));
        } catch (RuntimeException dialogFailed) {
            fallback.println(TITLE + ": " + message);
            failure.printStackTrace(fallback);
        } finally {
            showing = false;
        }
    }

    /** The short message: what failed, on which thread, and what the user can do. */
    static String message(Thread thread, Throwable failure) {
        String what = failure.getClass().getSimpleName()
                + (failure.getMessage() == null || failure.getMessage().isBlank() ? "" : ": " + failure.getMessage());
        return what + "\n\nThread: " + thread.getName() + ". The window keeps working, but the last action may"
                + " not have completed; " + RunStop.REPORT_IT + " (the details below help).";
    }
}
