package org.mptcplab.app.cli;

/**
 * Opens the GUI and returns when its last window closes. Implemented by the JavaFX shell; the
 * command line only knows this interface, so it never loads JavaFX for headless commands.
 */
@FunctionalInterface
public interface GuiLauncher {

    /**
     * Opens the main window.
     *
     * @param options scenario and theme, already checked by the caller
     * @throws GuiUnavailableException if the toolkit cannot start (no usable display, missing
     *                                 native libraries)
     */
    void launch(GuiOptions options) throws GuiUnavailableException;
}
