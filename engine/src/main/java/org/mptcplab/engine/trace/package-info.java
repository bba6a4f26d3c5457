/**
 * The one notification port from the engine to whatever watches it (recorder, metrics, pcap
 * writer, lesson checks, UI view-models).
 *
 * <p>May: define the public, immutable {@link org.mptcplab.engine.trace.TraceEvent} records and
 * the {@link org.mptcplab.engine.trace.TraceBus} that hands them to sinks. May not: schedule
 * anything, hold simulation state, or depend on nodes, stacks or the GUI. Internal scheduled
 * actions of the kernel are not trace events; only what a user could observe is.
 */
package org.mptcplab.engine.trace;
