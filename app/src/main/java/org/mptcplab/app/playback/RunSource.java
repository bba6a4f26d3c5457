package org.mptcplab.app.playback;

/**
 * Where a run comes from: a hand-built demo network today, a catalogue scenario later. The GUI only
 * sees this seam, so switching to scenario runs means writing one more implementation.
 */
public interface RunSource {

    /** Short id shown in the status bar, e.g. {@code demo-tcp}. */
    String id();

    /** One line saying what the run shows. */
    String title();

    /** The static topology (nodes, addresses, links) drawn behind the packets. */
    TopologyModel topology();

    /** Builds a fresh simulation of this run; every call gives the same trace (same seed). */
    RunSession open();
}
