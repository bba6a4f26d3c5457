/**
 * The event table: every trace event of a run with its time, node, kind and a one-line summary,
 * filtered by kind and node, linked both ways with the playback cursor and the shared selection.
 *
 * <p>May: read trace events and the {@code playback} view-model, build JavaFX table views. May not:
 * run or advance simulations, or change the trace.
 */
package org.mptcplab.app.events;
