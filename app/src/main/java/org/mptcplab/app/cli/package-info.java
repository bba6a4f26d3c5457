/**
 * The {@code mptcp-lab} command line (picocli): the root command, one class per subcommand, and
 * the error policy (user mistakes: one line and exit 2; internal errors: one line, a log file and
 * exit 70).
 *
 * <p>May: parse arguments, call the engine, print to the writers in {@link
 * org.mptcplab.app.cli.CliContext}. May not: import JavaFX (the GUI is reached only through
 * {@link org.mptcplab.app.cli.GuiLauncher}), read the environment or call {@code System.exit}
 * outside {@link org.mptcplab.app.cli.CliContext#system}; that keeps every command testable
 * in-process.
 *
 * <p>To add a subcommand: write a class annotated with {@code @Command} with a constructor taking a
 * {@link org.mptcplab.app.cli.CliContext}, and list it in {@link
 * org.mptcplab.app.cli.MptcpLabCommand}'s {@code subcommands}.
 */
package org.mptcplab.app.cli;
