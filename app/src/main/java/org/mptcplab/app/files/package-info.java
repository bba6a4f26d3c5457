/**
 * Scenario files: open, save (atomically, fsynced), save as, the recent-files list, the unsaved-edits
 * ("dirty") state, and detection of files changed on disk by another program.
 *
 * <p>View-models here talk to the file system and to the lessons loader/writer only; they reach the
 * user through the small {@link org.mptcplab.app.files.FileChooserPort} and
 * {@link org.mptcplab.app.files.UserDialogs} interfaces, so they are tested without a window. The
 * JavaFX classes ({@code Fx*}) are the only ones that build nodes or listen to the window. Autosave is
 * not done here: unsaved work is reported through {@link org.mptcplab.app.files.UnsavedWork}, which
 * {@code org.mptcplab.app.recovery} implements. Nothing here runs a simulation.
 */
package org.mptcplab.app.files;
