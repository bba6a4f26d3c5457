/**
 * Scenario files: JSON text to the engine's immutable {@link org.mptcplab.engine.scenario.Scenario}
 * and back (decision record 0004 explains why this lives here and not in the engine), and the
 * built-in catalogue's files, bundled as resources under {@code org/mptcplab/lessons/scenarios/}.
 *
 * <p>May: parse JSON with Jackson's streaming parser (strict, size- and depth-bounded, no data
 * binding and so no polymorphic typing), report problems as one line with file, line, column and
 * field path, write scenarios back as JSON. May not: run simulations, depend on JavaFX, or accept
 * anything but plain JSON.
 */
package org.mptcplab.lessons.scenario;
