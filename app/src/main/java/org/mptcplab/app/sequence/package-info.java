/**
 * The live sequence chart: one vertical lane per client, (optionally) router, load balancer and
 * server, time downwards, one arrow per packet hop between visible lanes, subflows colour-coded and
 * bulk-data trains collapsed into one "×N" arrow group.
 *
 * <p>May: derive lanes and arrows from the {@link org.mptcplab.app.playback.PlaybackViewModel}'s
 * index (hops, trace) as a pure function of the cursor, forward clicks to the shared selection, draw
 * on a canvas. May not: run or advance simulations, keep run state of its own beyond caches of that
 * pure function, or keep static mutable state. {@code SequenceHops}, {@code SequenceLayout} and the
 * view-model are usable without a window (no JavaFX nodes); {@code SequenceCharts} (chart at a cursor),
 * {@code SequenceGeometry} and {@code SequenceDiagrams} (the picture as a
 * {@link org.mptcplab.app.diagram.Diagram}) import no JavaFX at all, because the exporter and the
 * command line build the same pictures.
 */
package org.mptcplab.app.sequence;
