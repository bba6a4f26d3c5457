package org.mptcplab.app.playback.fault;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mptcplab.app.files.UserDialogs;

/** A fake {@link UserDialogs} that remembers every error it was asked to show. */
final class RecordingDialogs implements UserDialogs {
    /** One error shown. */
    record Shown(String title, String message, String details) {
    }

    final List<Shown> shown = new CopyOnWriteArrayList<>();
    /** Run while "showing", to simulate what happens during a modal dialog. */
    Runnable whileShowing = () -> { };

    @Override
    public void showError(String title, String message) {
        showError(title, message, "");
    }

    @Override
    public void showError(String title, String message, String details) {
        shown.add(new Shown(title, message, details));
        whileShowing.run();
    }
}
