/**
 * What the GUI shows when a run or the window itself fails: the one-line banner under a playback
 * ("Run stopped at t = …: reason", the stack trace of a bug in a collapsed details pane) and the
 * handler that turns an exception escaping to the FX thread into a dialog instead of a broken window.
 *
 * <p>May: build JavaFX nodes and read the playback view-models. May not: talk to the engine, change a
 * playback's state, or keep static mutable state (the handler is installed by the shell at startup).
 */
package org.mptcplab.app.playback.fault;
