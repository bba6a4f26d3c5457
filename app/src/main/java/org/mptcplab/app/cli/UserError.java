package org.mptcplab.app.cli;

/**
 * A mistake the user can fix (unknown scenario, unreadable file, ...). Commands throw it; the
 * command line prints its message as one line, without a stack trace, and exits with its code.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** A usage mistake, exit code {@link ExitCodes#USAGE}. */
    public UserError(String message) {
        this(message, ExitCodes.USAGE);
    }

    /** A user-fixable failure with a specific exit code. */
    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The process exit code to report. */
    public int exitCode() {
        return exitCode;
    }
}
