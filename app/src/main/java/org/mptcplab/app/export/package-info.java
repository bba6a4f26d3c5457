/**
 * Export of the sequence chart, the topology and the compare figure to SVG, PDF, PNG and TikZ, one
 * picture per step, with the scenario and step written into SVG and PNG files so they reopen in the
 * app ({@link org.mptcplab.app.export.ExportMetadata}). The GUI's export dialog and the {@code export}
 * command both call {@link org.mptcplab.app.export.Exporter}.
 *
 * <p>May: build diagrams through the JavaFX-free builders, write files. May not: import JavaFX (the
 * command line uses it on machines without a display), run simulations (callers pass recorded runs)
 * or keep state between calls.
 */
package org.mptcplab.app.export;
