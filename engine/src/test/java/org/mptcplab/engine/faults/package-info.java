/**
 * Fault and soak tests of the engine: scripted faults (flaps, loss bursts, server churn, route changes
 * mid-handshake, stalled lines, huge delays, zero-length queues) over the catalogue's two networks
 * and three protocol set-ups, judged by the applications' verdicts, and an anycast soak whose live
 * objects must stay bounded ({@link org.mptcplab.engine.faults.AnycastSoak} runs the long version on
 * demand).
 *
 * <p>May: build scenarios in code, run them through {@code ScenarioRun} or the public engine API,
 * watch the trace. May not: reach into package-private engine state, assert wall times or heap
 * bytes, or run longer than a few seconds per class on an idle machine.
 */
package org.mptcplab.engine.faults;
