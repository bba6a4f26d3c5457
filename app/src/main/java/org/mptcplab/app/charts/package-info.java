/**
 * Charts of a run: throughput per subflow and per connection, congestion window per subflow and RSTs
 * per second, all derived from the recorded trace and cut at the playback cursor, so they follow the
 * play head and step back with it.
 *
 * <p>May: read trace events and the {@code playback} view-model; the view-model here holds JavaFX
 * properties only and is tested without a window, the view draws on a canvas. May not: run or advance
 * simulations, keep static mutable state, or iterate hash-ordered collections when deciding series
 * order (series appear in the order their first event appears in the trace).
 */
package org.mptcplab.app.charts;
