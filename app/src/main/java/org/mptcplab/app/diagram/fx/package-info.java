/**
 * The JavaFX back end of the diagram model: draws a {@link org.mptcplab.app.diagram.Diagram} on a
 * canvas's {@code GraphicsContext}, so the screen shows exactly what the exporters write.
 *
 * <p>May: use JavaFX drawing APIs. May not: build diagrams (the builders are JavaFX-free), hold
 * state between frames, or be used by the exporter or the command line.
 */
package org.mptcplab.app.diagram.fx;
