/**
 * Playback view-models: one recorded run, a cursor over its trace events, and the state derived
 * from the cursor (packets in flight per link, per-node counters, connection states).
 *
 * <p>May: talk to the engine (build and advance runs through {@link org.mptcplab.app.playback.RunSource}),
 * hold JavaFX properties and collections, run long work in a {@code javafx.concurrent.Task}. May not:
 * create or touch JavaFX nodes (views bind to these classes, never the other way), read a wall clock in
 * decisions (animation time is passed in by the caller), or keep static mutable state. Derived state is
 * a pure function of the cursor, which is what makes step back exact. A run the engine aborts (watchdog)
 * or fails (exception) is kept up to that point with a {@link org.mptcplab.app.playback.RunStop}; no
 * engine exception leaves this package through a recording ({@link org.mptcplab.app.playback.RunRecording}).
 */
package org.mptcplab.app.playback;
