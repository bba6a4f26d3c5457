/**
 * Hardening tests of the command line: the malformed-input corpora of the lessons module and a corpus of
 * bad argument lists, each run in-process through {@link org.mptcplab.app.cli.Cli}, must end in one
 * located line on stderr and a non-zero exit code, never a stack trace.
 *
 * <p>May: run the CLI in-process with captured streams, read corpus files. May not: open a window or
 * call {@code System.exit}.
 */
package org.mptcplab.app.hardening;
