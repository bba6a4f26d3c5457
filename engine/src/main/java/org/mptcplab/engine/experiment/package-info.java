/**
 * The paper's batch experiments built directly on the engine API: the layer-4 load-balancer transfer
 * ({@link org.mptcplab.engine.experiment.L4lbExperiment}) and the anycast maintenance run
 * ({@link org.mptcplab.engine.experiment.AnycastExperiment}), each with its model assumptions written
 * down as {@link org.mptcplab.engine.experiment.Assumption}s, and a
 * {@link org.mptcplab.engine.experiment.ParallelRunner} that spreads independent runs over threads.
 *
 * <p>May: build networks, stacks and applications; read the counters the engine keeps (link
 * directions, {@code TcpStack.resetsSent()}, application reports) from periodic simulator actions;
 * run several simulations at once, one {@link org.mptcplab.engine.sim.Simulator} per task, so that
 * each kernel stays single-threaded and each result is a pure function of (point, seed).
 * May not: keep per-packet objects (no trace recorder: batch runs keep memory flat), read the wall
 * clock, print, write files or depend on anything outside the engine.
 */
package org.mptcplab.engine.experiment;
