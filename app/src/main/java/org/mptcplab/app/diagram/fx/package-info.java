/**
 * The JavaFX side of the diagram model: {@link org.mptcplab.app.diagram.fx.FxRenderer} draws a
 * {@link org.mptcplab.app.diagram.Diagram} on a canvas's {@code GraphicsContext}, so the screen shows
 * exactly what the exporters write, and {@link org.mptcplab.app.diagram.fx.DiagramLook} holds the
 * palette and zoom a window's diagram views follow.
 *
 * <p>May: use JavaFX drawing APIs and properties, read the scene's stylesheets to learn the app theme.
 * May not: build diagrams (the builders are JavaFX-free), hold picture state between frames, or be used
 * by the exporter or the command line.
 */
package org.mptcplab.app.diagram.fx;
