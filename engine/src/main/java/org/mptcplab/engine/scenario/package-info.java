/**
 * Scenarios: the built-in catalogue and, later, the immutable scenario model that a simulation is
 * built from.
 *
 * <p>May: describe topologies, parameters and the catalogue of built-in scenario ids (ids are part
 * of the product's interface, see DESIGN.md). May not: run anything, read files on its own
 * initiative, depend on JavaFX or any UI code, or keep mutable static state.
 */
package org.mptcplab.engine.scenario;
