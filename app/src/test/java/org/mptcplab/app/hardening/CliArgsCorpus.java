package org.mptcplab.app.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code cli-args.tsv}: exit code, stderr fragment, then one argument per column. */
final class CliArgsCorpus {
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})|\\{(\\d+)\\*(.)\\}");

    /** One bad command line and what it must produce. */
    record Entry(int line, int exitCode, String fragment, List<String> args) {
        @Override
        public String toString() {
            String shown = String.join(" ", args);
            return "line " + line + ": " + (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown);
        }
    }

    private CliArgsCorpus() {
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            List<String> args = Arrays.stream(f, 2, f.length).map(CliArgsCorpus::unescape).toList();
            entries.add(new Entry(i + 1, Integer.parseInt(f[0]), unescape(f[1]), args));
        }
        return entries;
    }

    static String unescape(String s) {
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1) != null ? String.valueOf((char) Integer.parseInt(m.group(1), 16))
                    : m.group(3).repeat(Integer.parseInt(m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static String text() {
        try (InputStream in = CliArgsCorpus.class.getResourceAsStream("/org/mptcplab/app/hardening/cli-args.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing cli-args.tsv");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
