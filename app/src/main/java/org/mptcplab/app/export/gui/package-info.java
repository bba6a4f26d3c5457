/**
 * The GUI side of exporting: the File &gt; Export dialog and its view-model, pcap and CSV export of the
 * shown run, and reopening an exported SVG or PNG (from File &gt; Open or by dropping it on the window)
 * at the scenario and step it was made from.
 *
 * <p>View-models here ({@code *Model}, {@link org.mptcplab.app.export.gui.EventCsv},
 * {@link org.mptcplab.app.export.gui.PcapExport}, {@link org.mptcplab.app.export.gui.Reopener}) use
 * JavaFX properties at most and build no nodes; they reach the user only through
 * {@link org.mptcplab.app.files.FileChooserPort} and {@link org.mptcplab.app.files.UserDialogs}, so they
 * are tested without a window. Drawing belongs to {@link org.mptcplab.app.export} (vector, from the
 * model); this package never renders a figure itself and never runs a simulation: it exports the run
 * the Run view already recorded. Files are written on a worker thread
 * ({@link org.mptcplab.app.export.gui.ExportThreads}) from immutable snapshots, results come back on
 * the FX thread. {@link org.mptcplab.app.export.gui.ExportGui} is the one entry point the shell calls.
 */
package org.mptcplab.app.export.gui;
