/**
 * The JavaFX shell: the application class, the main window (menus, welcome view, status bar),
 * the About and keyboard-shortcut dialogs, and the view-model they bind to.
 *
 * <p>MVVM: views build nodes in code and bind to {@link org.mptcplab.app.shell.ShellViewModel};
 * only the view-model reads the engine (the scenario catalogue). May not: run simulations on the
 * FX thread, or let the command-line package see JavaFX types (it uses {@link
 * org.mptcplab.app.shell.FxGuiLauncher} through the {@code GuiLauncher} interface).
 */
package org.mptcplab.app.shell;
