/**
 * Crash recovery: the autosave folder ({@link org.mptcplab.app.recovery.AutosaveStore}), the debounced
 * {@link org.mptcplab.app.recovery.Autosaver} that the files view-model tells about unsaved edits, and the
 * startup offer of autosaved work ({@link org.mptcplab.app.recovery.StartupRecovery}).
 *
 * <p>Everything here is JavaFX-free except {@code FxTimer}: clock, timer, folder and dialogs are
 * injected, so a "crash" in a test is simply a new window on the same folders. Nothing here runs a
 * simulation or writes outside the state folder.
 */
package org.mptcplab.app.recovery;
