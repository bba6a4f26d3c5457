/**
 * The lesson model: immutable records read from lesson files (docs/lessons.md, schemaVersion 1).
 *
 * <p>May: hold validated values and answer simple questions about them. May not: read files, run
 * the engine or depend on JavaFX. Answers are never stored here as literals: a question names a
 * {@link org.mptcplab.lessons.model.Query} that the player evaluates on the engine's run.
 */
package org.mptcplab.lessons.model;
