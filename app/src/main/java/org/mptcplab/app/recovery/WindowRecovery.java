package org.mptcplab.app.recovery;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.mptcplab.app.files.ScenarioFilesViewModel;
import org.mptcplab.app.files.UnsavedWork;
import org.mptcplab.app.files.UserDialogs;

/**
 * What the main window needs for autosave and crash recovery, in one object: the autosaver to hand to
 * its {@link ScenarioFilesViewModel} and the startup offer. Tests build it on a temporary folder with a
 * fake clock and timer; the app uses {@link #platform(UserDialogs)}.
 */
public final class WindowRecovery {
    private final AutosaveStore store;
    private final Autosaver autosaver;
    private final UserDialogs dialogs;
    private final ZoneId zone;

    /** Recovery in {@code store}, with the given clock, timer, dialogs and the zone used to show times. */
    public WindowRecovery(AutosaveStore store, LongSupplier clockMillis, Autosaver.Timer timer, UserDialogs dialogs,
            ZoneId zone) {
        this.store = store;
        this.dialogs = dialogs;
        this.zone = zone;
        this.autosaver = new Autosaver(store, clockMillis, timer,
                message -> dialogs.showError("Autosave is off", message
                        + "\n\nYour edits are not protected against a crash until you save them."));
    }

    /** The platform state folder, the system clock, a JavaFX timer and the system time zone. */
    public static WindowRecovery platform(UserDialogs dialogs) {
        return new WindowRecovery(AutosaveStore.inStateDir(), System::currentTimeMillis, new FxTimer(), dialogs,
                ZoneId.systemDefault());
    }

    /** What to tell about unsaved edits (the autosaver). */
    public UnsavedWork unsavedWork() {
        return autosaver;
    }

    /** The autosaver, e.g. to flush it. */
    public Autosaver autosaver() {
        return autosaver;
    }

    /** The autosave folder. */
    public AutosaveStore store() {
        return store;
    }

    /** Offers autosaved work into {@code files}; see {@link StartupRecovery#offer}. */
    public Optional<StartupRecovery.Outcome> offer(ScenarioFilesViewModel files) {
        return new StartupRecovery(store, autosaver, dialogs, zone).offer(files);
    }
}
