package org.mptcplab.lessons.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Markdown subset of narration and feedback: paragraphs separated by blank lines, bullet lists
 * ({@code - item}), numbered lists ({@code 1. item}), and inline {@code **bold**}, {@code *italic*},
 * {@code `code`} and {@code [text](https://...)}. Anything else that Markdown would treat specially
 * (headings, HTML, images, other link schemes, unclosed markers) is refused, so every viewer
 * renders a lesson the same way and a file cannot smuggle markup.
 */
public final class Narration {
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}\\. .*");

    /** Block kinds. */
    public enum BlockKind { PARAGRAPH, BULLETS, NUMBERED }

    /** Inline styles. */
    public enum Style { PLAIN, BOLD, ITALIC, CODE, LINK }

    /** A run of text in one style; {@code href} only for links. */
    public record Span(Style style, String text, String href) {
    }

    /** A paragraph (one item) or a list (one item per entry); each item is a list of spans. */
    public record Block(BlockKind kind, List<List<Span>> items) {
        /** Copies the items. */
        public Block {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    private Narration() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a one-line reason when the text leaves the subset
     */
    public static List<Block> parse(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("narration must not be empty");
        }
        List<Block> blocks = new ArrayList<>();
        for (String chunk : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = chunk.lines().map(String::strip).toList();
            BlockKind kind = kindOf(lines.get(0));
            if (kind == BlockKind.PARAGRAPH) {
                blocks.add(new Block(kind, List.of(inline(String.join(" ", lines)))));
                continue;
            }
            List<List<Span>> items = new ArrayList<>();
            for (String line : lines) {
                if (kindOf(line) != kind) {
                    throw new IllegalArgumentException("a list must not mix item kinds or plain lines: \"" + line
                            + "\" (separate a paragraph from a list with a blank line)");
                }
                items.add(inline(line.substring(line.indexOf(' ') + 1)));
            }
            blocks.add(new Block(kind, items));
        }
        return List.copyOf(blocks);
    }

    /** The text without markup, e.g. for screen readers and plain-text output. */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (Block b : parse(text)) {
            for (List<Span> item : b.items()) {
                out.append(out.length() == 0 ? "" : "\n");
                item.forEach(s -> out.append(s.text()));
            }
        }
        return out.toString();
    }

    private static BlockKind kindOf(String line) {
        if (line.startsWith("#")) {
            throw new IllegalArgumentException("headings are not part of the narration subset: \"" + line + "\"");
        }
        if (line.startsWith("- ")) {
            return BlockKind.BULLETS;
        }
        return NUMBERED.matcher(line).matches() ? BlockKind.NUMBERED : BlockKind.PARAGRAPH;
    }

    private static List<Span> inline(String s) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                throw new IllegalArgumentException("HTML is not allowed in narration (write &lt; as 'less than')");
            }
            if (c == '!' && s.startsWith("![", i)) {
                throw new IllegalArgumentException("images are not allowed inline; use the step's \"image\" field");
            }
            String marker = s.startsWith("**", i) ? "**" : c == '*' ? "*" : c == '`' ? "`" : c == '[' ? "[" : null;
            if (marker == null) {
                plain.append(c);
                i++;
                continue;
            }
            flush(spans, plain);
            i = marker.equals("[") ? link(s, i, spans) : styled(s, i, marker, spans);
        }
        flush(spans, plain);
        return spans;
    }

    private static int styled(String s, int start, String marker, List<Span> spans) {
        int from = start + marker.length();
        int end = s.indexOf(marker, from);
        if (end <= from) {
            throw new IllegalArgumentException("unclosed or empty " + marker + " at \"" + excerpt(s, start) + "\"");
        }
        String inner = s.substring(from, end);
        Style style = marker.equals("**") ? Style.BOLD : marker.equals("*") ? Style.ITALIC : Style.CODE;
        if (style != Style.CODE && (inner.contains("*") || inner.contains("`"))) {
            throw new IllegalArgumentException("nested emphasis is not supported at \"" + excerpt(s, start) + "\"");
        }
        spans.add(new Span(style, inner, null));
        return end + marker.length();
    }

    private static int link(String s, int start, List<Span> spans) {
        int close = s.indexOf("](", start);
        int end = close < 0 ? -1 : s.indexOf(')', close);
        if (close < 0 || end < 0) {
            throw new IllegalArgumentException("a '[' must start a link [text](https://...) at \"" + excerpt(s, start)
                    + "\"");
        }
        String href = s.substring(close + 2, end).strip();
        String lower = href.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || href.contains(" ")) {
            throw new IllegalArgumentException("links must be http(s) URLs, got \"" + excerpt(href, 0) + "\"");
        }
        spans.add(new Span(Style.LINK, s.substring(start + 1, close), href));
        return end + 1;
    }

    private static void flush(List<Span> spans, StringBuilder plain) {
        if (plain.length() > 0) {
            spans.add(new Span(Style.PLAIN, plain.toString(), null));
            plain.setLength(0);
        }
    }

    private static String excerpt(String s, int from) {
        String rest = s.substring(from);
        return rest.length() <= 30 ? rest : rest.substring(0, 27) + "...";
    }
}
