package org.mptcplab.lessons.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.lessons.model.Highlight;
import org.mptcplab.lessons.model.PacketField;
import org.mptcplab.lessons.model.PointKind;
import org.mptcplab.lessons.model.Position;
import org.mptcplab.lessons.model.RunPoint;
import org.mptcplab.lessons.model.Step;
import org.mptcplab.lessons.model.Variant;

/** One step: scenario reference, variant, point in the run, narration, highlight, question, image. */
final class StepReader {
    private static final List<String> STEP = List.of("scenario", "variant", "at", "narration", "highlight",
            "question", "image");
    private static final List<String> VARIANT = List.of("seed", "sourcePort", "joinSourcePort", "cFlag",
            "hashFunction");
    private static final List<String> HASHES = List.of("crc32", "jenkins", "toeplitz");

    private StepReader() {
    }

    static Step read(Node node, String path, Map<String, Position> positions) {
        Fields f = Fields.of(node, path, STEP, positions);
        String scenario = f.string("scenario", 64);
        if (Catalog.find(scenario).isEmpty()) {
            List<String> ids = Catalog.entries().stream().map(Catalog.Entry::id).toList();
            throw f.error("scenario", "unknown built-in scenario \"" + scenario + "\"" + Words.hint(scenario, ids));
        }
        Variant variant = f.has("variant") ? variant(f.object("variant", VARIANT)) : Variant.NONE;
        RunPoint at = point(f.object("at", List.of("runTo", "time")));
        String narration = narration(f, "narration");
        Highlight highlight = f.has("highlight")
                ? highlight(f.object("highlight", List.of("nodes", "packet", "fields"))) : Highlight.NONE;
        return new Step(scenario, variant, at, narration, highlight,
                f.has("question") ? QuestionReader.read(f.object("question", QuestionReader.FIELDS)) : null,
                f.has("image") ? AssetPaths.check(f, "image") : null);
    }

    static String narration(Fields f, String field) {
        String text = f.string(field, LessonLimits.MAX_NARRATION);
        try {
            Narration.parse(text);
        } catch (IllegalArgumentException e) {
            throw f.error(field, e.getMessage());
        }
        return text;
    }

    private static Variant variant(Fields v) {
        OptionalLong seed = v.has("seed") ? OptionalLong.of(v.integer("seed", 0, Long.MAX_VALUE - 1))
                : OptionalLong.empty();
        OptionalInt sport = v.has("sourcePort") ? OptionalInt.of((int) v.integer("sourcePort", 1, 65535))
                : OptionalInt.empty();
        OptionalInt jport = v.has("joinSourcePort") ? OptionalInt.of((int) v.integer("joinSourcePort", 1, 65535))
                : OptionalInt.empty();
        Boolean c = v.has("cFlag") ? v.bool("cFlag") : null;
        String hash = v.optionalString("hashFunction", 32);
        if (hash != null && !HASHES.contains(hash)) {
            throw v.error("hashFunction", "unknown hash function \"" + hash + "\"" + Words.hint(hash, HASHES)
                    + " (one of " + String.join(", ", HASHES) + ")");
        }
        return new Variant(seed, sport, jport, c, hash);
    }

    private static RunPoint point(Fields at) {
        if (at.has("runTo") == at.has("time")) {
            throw at.error("", "give exactly one of \"runTo\" and \"time\"");
        }
        if (at.has("time")) {
            String written = at.string("time", 32);
            long nanos = Durations.parse(written);
            if (nanos < 0 || nanos > LessonLimits.MAX_TIME_NANOS) {
                throw at.error("time", nanos < 0 ? "expected a duration such as \"12ms\", \"1.5s\", \"800us\", got \""
                        + written + "\"" : "must be at most 60s");
            }
            return new RunPoint.AtTime(nanos, written);
        }
        Fields run = at.object("runTo", List.of("kind", "nth"));
        String word = run.string("kind", 32);
        PointKind kind = PointKind.fromWord(word);
        if (kind == null) {
            List<String> words = java.util.Arrays.stream(PointKind.values()).map(Enum::name).toList();
            throw run.error("kind", "unknown event kind \"" + word + "\"" + Words.hint(word, words) + " (one of "
                    + String.join(", ", words) + ")");
        }
        int nth = run.has("nth") ? (int) run.integer("nth", 1, LessonLimits.MAX_NTH) : 1;
        return new RunPoint.NthEvent(kind, nth);
    }

    private static Highlight highlight(Fields h) {
        List<String> nodes = h.strings("nodes", LessonLimits.MAX_ITEMS, false);
        boolean current = false;
        if (h.has("packet")) {
            String p = h.string("packet", 16);
            if (!p.equals("current")) {
                throw h.error("packet", "the only packet a step can highlight is \"current\", got \"" + p + "\"");
            }
            current = true;
        }
        List<String> words = h.strings("fields", LessonLimits.MAX_ITEMS, false);
        List<PacketField> fields = new ArrayList<>();
        List<String> known = java.util.Arrays.stream(PacketField.values()).map(PacketField::word).toList();
        for (int i = 0; i < words.size(); i++) {
            PacketField pf = org.mptcplab.lessons.model.Worded.find(PacketField.class, words.get(i));
            if (pf == null) {
                throw new LessonFormatException(h.positions().get(h.path("fields") + "[" + i + "]"),
                        h.path("fields") + "[" + i + "]", "unknown field \"" + words.get(i) + "\""
                        + Words.hint(words.get(i), known));
            }
            fields.add(pf);
        }
        return new Highlight(nodes, current, fields);
    }
}
