package org.mptcplab.app.playback;

/**
 * A recorded run with its playback index (matched hops, checkpoints), built off the FX thread so
 * that loading a long run never freezes the window.
 *
 * @param run   the recording
 * @param index its index, over the same events
 */
public record IndexedRun(RecordedRun run, StateFolder index) {

    /** Indexes {@code run}; costs a pass over the trace, so call it from a background task. */
    public static IndexedRun of(RecordedRun run) {
        return new IndexedRun(run, StateFolder.index(run.events(), run.topology()));
    }
}
