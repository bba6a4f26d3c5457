package org.mptcplab.app.shell;

import org.mptcplab.app.playback.RunSource;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.lessons.scenario.ScenarioLoadException;

/**
 * Turns a catalogue id into the {@link RunSource} the Run view plays. Batch experiments are refused:
 * they run for a minute of simulated multi-gigabit traffic, which is the {@code reproduce} command's
 * job, not an animation's.
 */
final class CatalogueRuns {
    /** Ids of the batch experiments, which are not animated. */
    static final String BATCH_PREFIX = "paper-";

    private CatalogueRuns() {}

    /**
     * The run for catalogue entry {@code id}.
     *
     * @throws NotRunnable with a user-facing reason when it cannot be shown step by step
     */
    static RunSource source(String id) throws NotRunnable {
        if (id.startsWith(BATCH_PREFIX)) {
            throw new NotRunnable("is a batch experiment (run it with 'mptcp-lab reproduce')");
        }
        try {
            ScenarioRunSource source = ScenarioRunSource.builtIn(id);
            source.topology(); // builds the network once, so a scenario that cannot build fails here
            return source;
        } catch (ScenarioLoadException | IllegalArgumentException e) {
            // IllegalArgumentException covers InvalidScenarioException (the builder refusing the scenario).
            throw new NotRunnable("does not build (" + e.getMessage() + ")");
        }
    }

    /** Why an entry cannot be opened in the Run view; the message completes "Scenario 'x' …". */
    static final class NotRunnable extends Exception {
        private static final long serialVersionUID = 1L;

        NotRunnable(String reason) {
            super(reason);
        }
    }
}
