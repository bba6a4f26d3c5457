package org.mptcplab.app.cli;

/** The GUI toolkit could not start on this machine; the message says why in a few words. */
public final class GuiUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param reason short lower-case reason, e.g. "the display :0 could not be opened" */
    public GuiUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
