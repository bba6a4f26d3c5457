/**
 * The discrete-event kernel: integer-nanosecond time, the event queue, timers and seeded random streams.
 *
 * <p>May: order events by (time, per-simulation sequence number), run them one at a time when a caller
 * pulls ({@link org.mptcplab.engine.sim.Simulator#step()}, {@link org.mptcplab.engine.sim.Simulator#runUntil(long)}).
 * May not: read a wall clock, start threads, sleep, hold static mutable state, or know about packets,
 * nodes or the GUI. Everything above this layer gets time and randomness from here, so two simulations
 * in one JVM never interfere and the same seed always gives the same run.
 */
package org.mptcplab.engine.sim;
