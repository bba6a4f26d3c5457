/**
 * Scenario files: open, save (atomically), save as, and the recent-files list.
 *
 * <p>View-models here talk to the file system and to the lessons loader/writer only; they reach the
 * user through the small {@link org.mptcplab.app.files.FileChooserPort} and
 * {@link org.mptcplab.app.files.UserDialogs} interfaces, so they are tested without a window. The
 * JavaFX implementations of those interfaces ({@code Fx*}) are the only classes that build nodes.
 * Nothing here runs a simulation.
 */
package org.mptcplab.app.files;
