/**
 * Lesson files to the {@link org.mptcplab.lessons.model} records: a strict, bounded JSON reader that
 * keeps positions, the schema rules, the narration Markdown subset, and the bundled lesson list.
 *
 * <p>May: parse plain JSON with jackson-core's streaming parser (no data binding, so no polymorphic
 * typing and no class names from files), enforce size and count limits, confine asset paths to the
 * lesson's folder and links to http(s), report the first problem as
 * {@code file:line:col: path: message}. May not: run the engine (that is {@code play}), touch the
 * network or depend on JavaFX.
 */
package org.mptcplab.lessons.load;
