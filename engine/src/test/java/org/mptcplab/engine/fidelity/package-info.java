/**
 * Fidelity check of the TCP stack against ns-3 3.37 (issue 3, E2 acceptance): the shared ns-3 baseline's
 * topology rebuilt on the engine ({@link org.mptcplab.engine.fidelity.Ns3Topology}), bulk transfers
 * measured as bulk.cc measures them, and a committed markdown snapshot comparing the engine's mean
 * goodput with the committed ns-3 runs ({@code src/test/resources/fidelity}).
 *
 * <p>May: build networks and stacks through their public APIs, read the committed reference and
 * snapshot files, use a thread pool in the by-hand main to run independent simulations side by side,
 * read the wall clock for reporting only. May not: change engine behaviour, tune anything to match
 * ns-3, or let wall time or thread scheduling influence a reported goodput.
 */
package org.mptcplab.engine.fidelity;
