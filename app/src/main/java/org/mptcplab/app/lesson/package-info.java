/**
 * The lesson player (issue L7, GUI half) and presenter mode.
 *
 * <p>May: read lessons through {@code org.mptcplab.lessons} (loader, headless player, exercises), keep
 * per-user progress files in the configuration folder, and compose the public run views (topology,
 * sequence chart, inspectors) over a {@code playback.PlaybackViewModel}. May not: compute answers
 * itself (the lessons module derives them from the engine's run), open files outside a lesson's
 * folder (assets go through {@code lessons.load.AssetPaths}), open non-http(s) links, or render
 * narration with a WebView. View-models ({@code *ViewModel}, {@link org.mptcplab.app.lesson.ProgressStore},
 * {@link org.mptcplab.app.lesson.LinkPolicy}) use JavaFX properties only and are tested without a window;
 * the views stay thin.
 */
package org.mptcplab.app.lesson;
