/**
 * The diagram model shared by screen and files: an immutable display list ({@link
 * org.mptcplab.app.diagram.Diagram} of sealed {@link org.mptcplab.app.diagram.Mark}s with semantic
 * groups), palettes ({@link org.mptcplab.app.diagram.DiagramTheme} for files and screen, {@link
 * org.mptcplab.app.diagram.ScreenTheme} for the screen only) with their WCAG {@link
 * org.mptcplab.app.diagram.Contrast} check, text measurement, and the AWT back ends (SVG via JFreeSVG, PDF via JFreePDF, PNG)
 * plus a TikZ writer. Builders for the concrete pictures live beside their models ({@code
 * sequence.SequenceDiagrams}, {@code canvas.TopologyDiagrams}) so this package depends on no feature.
 *
 * <p>May: use AWT (headless) and the JFree graphics libraries. May not: import JavaFX (see the
 * {@code fx} sub-package), read files or know about scenarios and runs.
 */
package org.mptcplab.app.diagram;
