/**
 * Compare mode: two recorded runs (the failure and its fix, or a scenario and a one-parameter
 * variant) aligned on the moments of the protocol story, with the first semantic divergence, outcome
 * badges and throughput strips.
 *
 * <p>May: read recorded traces ({@link org.mptcplab.app.playback.RecordedRun}) and build JavaFX views
 * over them ({@code CompareView} and its parts). May not: let JavaFX leak into the model classes
 * ({@link org.mptcplab.app.compare.CompareModel} and the records it returns are FX-free, because the
 * command-line exporter renders them headless), run the engine on the FX thread, or keep static
 * mutable state. Alignment is a pure function of the two traces.
 */
package org.mptcplab.app.compare;
