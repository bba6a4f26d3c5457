package org.mptcplab.app.shell;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the exceptions JavaFX throws when its toolkit cannot start, as opposed to bugs in
 * our own start-up code, and words them for a one-line message.
 */
final class ToolkitFailure {

    private ToolkitFailure() {
    }

    /** A short reason when {@code failure} (or one of its causes) is a toolkit start failure. */
    static Optional<String> reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            String lower = message.toLowerCase(Locale.ROOT);
            if (t instanceof UnsupportedOperationException && lower.contains("display")) {
                return Optional.of("the display could not be opened (" + message + ")");
            }
            if (lower.contains("unable to load glass gtk")) {
                // JavaFX 21 needs GTK 3; minimal Linux installs (servers, containers) lack it.
                return Optional.of("JavaFX could not load GTK 3 (on Debian/Ubuntu: apt-get install libgtk-3-0)");
            }
            if (t instanceof LinkageError || lower.contains("unable to load glass")
                    || lower.contains("no toolkit found")) {
                return Optional.of("JavaFX could not load its native libraries (" + oneLine(message) + ")");
            }
        }
        return Optional.empty();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
