/**
 * The application entry point and the facts every face of the app shows (name, version, paper).
 *
 * <p>May: wire the command line to the JavaFX shell. May not: hold UI or simulation logic; that
 * lives in the feature packages ({@code cli}, {@code shell}, ...). {@link org.mptcplab.app.Main}
 * must not load JavaFX classes unless the GUI is actually opened.
 */
package org.mptcplab.app;
