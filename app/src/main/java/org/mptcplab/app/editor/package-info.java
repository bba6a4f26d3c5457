/**
 * Scenario editor and "branch from here": property lists for the selected node or link, edits checked
 * with the engine's {@code ScenarioValidator} and {@code Units}, an undo/redo stack of immutable
 * scenario snapshots, and timelines that re-run a scenario with one parameter changed.
 *
 * <p>The model classes ({@code *ViewModel}, {@code *Properties}, {@code ScenarioEdits},
 * {@code BackendCloner}, {@code BranchParameter}) use JavaFX properties only and are tested without a
 * window; only the {@code *View} classes build nodes. Nothing here edits scenario files: that is
 * {@code org.mptcplab.app.files}. The scenario records are never mutated; every edit builds copies.
 */
package org.mptcplab.app.editor;
