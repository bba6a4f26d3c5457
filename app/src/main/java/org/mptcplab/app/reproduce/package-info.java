/**
 * {@code mptcp-lab reproduce}: runs the engine's batch experiments
 * ({@link org.mptcplab.engine.experiment}) over the machine's cores and turns their results into the
 * "paper | simulated | ratio" table, CSV of every run, figures (JFreeChart, SVG via JFreeSVG and PNG)
 * and {@code summary.json}.
 *
 * <p>May: read the wall clock (wall time per experiment), write files to the output folder the user
 * named, print progress. May not: build simulations itself (the experiments are engine code), touch
 * JavaFX (this runs headless).
 */
package org.mptcplab.app.reproduce;
