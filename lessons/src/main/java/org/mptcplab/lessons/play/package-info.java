/**
 * Plays lessons on the engine, headlessly: applies a step's variant to its built-in scenario, runs
 * the simulation to the step's point, evaluates the question's query on that run, resolves
 * highlight targets, checks exercises by re-running, and checks whole lessons for the CLI.
 *
 * <p>May: build and step {@code ScenarioRun}s, observe trace events. May not: depend on JavaFX,
 * read the wall clock, or keep state between calls (every play is a fresh deterministic run).
 */
package org.mptcplab.lessons.play;
