/**
 * Scenarios: the immutable model a run is built from (topology, routing, devices, stacks, workload,
 * faults, events, stated assumptions), its validation with field paths, unit parsing, and the
 * catalogue of built-in scenario ids.
 *
 * <p>May: describe and check scenarios; compute what depends on the topology alone (shortest paths,
 * who serves an address). May not: run anything (see {@code scenario.run}), read files or parse
 * JSON (the lessons module does: decision record 0004), depend on JavaFX or any UI code, or keep
 * mutable static state. Ids of the catalogue are part of the product's interface (DESIGN.md).
 */
package org.mptcplab.engine.scenario;
