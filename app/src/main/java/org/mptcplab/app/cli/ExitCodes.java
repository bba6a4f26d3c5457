package org.mptcplab.app.cli;

/** Process exit codes of {@code mptcp-lab}; scripts may rely on them. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The user asked for something impossible: bad option, argument or unknown scenario. */
    public static final int USAGE = 2;
    /** The GUI was requested but no usable display exists. */
    public static final int NO_DISPLAY = 3;
    /**
     * A bug: the same value as EX_SOFTWARE in BSD's sysexits.h. Also a run stopped by the engine's
     * watchdog (livelock or event budget), reported as one line.
     */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
