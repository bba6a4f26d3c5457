package org.mptcplab.lessons.scenario;

/**
 * The one-line shape every load error of this module has, {@code file:line:col: path: problem} (no
 * path when the problem is not about one field), so editors and terminals can jump to it. Scenario and
 * lesson errors both format through here and therefore read alike.
 */
public final class LocatedProblem {
    private LocatedProblem() {
    }

    /** {@code file:line:col: path: problem}, or {@code file:line:col: problem} when {@code path} is empty. */
    public static String format(String file, int line, int column, String path, String problem) {
        return oneLine(file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
    }

    /**
     * {@code text} with control characters a file smuggled into it (a key or value echoed back) shown
     * escaped, so the message stays one line in a terminal, a log or a dialog.
     */
    public static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
