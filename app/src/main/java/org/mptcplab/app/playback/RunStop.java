package org.mptcplab.app.playback;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Objects;
import org.mptcplab.engine.sim.RunAborted;
import org.mptcplab.engine.sim.SimulationAbortedException;

/**
 * Why a recording ended before its end time: the engine's watchdog stopped a runaway run, or an
 * exception escaped the engine. The events recorded up to that point stay playable; this record is
 * what the run view says about the rest.
 *
 * @param time    simulated time of the stop, ns
 * @param reason  one sentence for users
 * @param bug     true when the stop is an unexpected exception (a bug), false for a watchdog abort
 * @param details the stack trace of a bug, empty for a watchdog abort
 */
public record RunStop(long time, String reason, boolean bug, String details) {
    /** What a user is asked to do about an unexpected exception. */
    public static final String REPORT_IT = "this is a bug in MPTCP Lab, please report it";

    /** Checks the fields. */
    public RunStop {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(details, "details");
    }

    /**
     * The stop {@code failure} caused at simulated time {@code now}: a watchdog abort carries its own
     * time and reason; anything else is a bug, with its stack trace as details.
     */
    public static RunStop of(Throwable failure, long now) {
        if (failure instanceof SimulationAbortedException a && a.outcome() != null) {
            RunAborted outcome = a.outcome();
            return new RunStop(outcome.time(), "stopped by the watchdog: " + outcome.reason(), false, "");
        }
        String message = failure.getMessage();
        String reason = failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        return new RunStop(now, reason, true, stackTrace(failure));
    }

    /** One line for the status or playback bar: "Run stopped at t = 1.234 ms: reason". */
    public String line() {
        return String.format(Locale.ROOT, "Run stopped at t = %.3f ms: %s", time / 1e6, reason)
                + (bug ? " \u2014 " + REPORT_IT + "." : "");
    }

    /** The stack trace of {@code failure}, as printed. */
    public static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
