/**
 * The topology canvas: nodes with names and addresses, links with rate and delay, and the packets in
 * flight at the play head, coloured by kind from one colour-blind-safe palette with a legend. Level of
 * detail: packets of one kind close together on a link, and packets queued at a sender, are drawn as
 * one train marker with a count; the canvas draws at most once per pulse, from the latest state.
 * {@link org.mptcplab.app.canvas.FrameTimeProbe} measures frame intervals. {@link
 * org.mptcplab.app.canvas.RouteOverlay} marks DSR return links and withdrawn routes as they happen at
 * the cursor.
 *
 * The picture is a {@link org.mptcplab.app.diagram.Diagram} built by {@link
 * org.mptcplab.app.canvas.TopologyDiagrams} (JavaFX-free, like the layout classes, so the exporter
 * uses them too) and drawn by the JavaFX back end, in the palette and zoom of the window's {@link
 * org.mptcplab.app.diagram.fx.DiagramLook} (app theme, View &gt; Zoom, presenter mode).
 *
 * <p>May: draw from {@code playback} view-model state and forward clicks to it. May not: run
 * simulations, hold run state of its own (the picture is a function of the view-model) or keep static
 * mutable state.
 */
package org.mptcplab.app.canvas;
