package org.mptcplab.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * Ten broken scenario files made from a good one, each with the line and field the loader must name.
 * The expected line is where the damage was put, found in the text, so it is not copied from the loader.
 */
public final class MalformedScenarioFiles {

    /**
     * One broken file.
     *
     * @param file  where it was written
     * @param line  the line the message must name, 0 when the damage is not at one place
     * @param field the field path the message must name, empty when none
     */
    public record Case(Path file, int line, String field) {
    }

    private MalformedScenarioFiles() {
    }

    /** Writes the ten files into {@code dir}. */
    public static List<Case> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        String good;
        try (InputStream in = ScenarioLoader.class.getResourceAsStream("/org/mptcplab/lessons/scenarios/l4lb-tcp.json")) {
            good = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        cases.add(mutate(dir, "seed-is-text", good, "\"seed\": 1", "\"seed\": \"one\"", "seed"));
        cases.add(mutate(dir, "unknown-node-type", good, "\"type\": \"router\"", "\"type\": \"rooter\"",
                "nodes[1].type"));
        cases.add(mutate(dir, "bad-vip", good, "\"vip\": \"1.2.3.4\"", "\"vip\": \"1.2.3.999\"", "nodes[2].vip"));
        cases.add(mutate(dir, "negative-duration", good, "\"duration\": \"30s\"", "\"duration\": \"-5s\"",
                "duration"));
        cases.add(mutate(dir, "table-size-text", good, "\"tableSize\": 13", "\"tableSize\": \"big\"",
                "nodes[2].selector.tableSize"));
        cases.add(mutate(dir, "missing-comma", good, "\"seed\": 1,", "\"seed\": 1 \"x\": 2,", ""));
        cases.add(raw(dir, "truncated", good.substring(0, good.indexOf("\"nodes\"") + 12), 0));
        cases.add(raw(dir, "not-json", "this is not a scenario\n", 1));
        cases.add(raw(dir, "empty", "", 0));
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41, (byte) 0xc3});
        cases.add(new Case(binary, 1, ""));
        return cases;
    }

    private static Case mutate(Path dir, String name, String good, String from, String to, String field)
            throws IOException {
        int at = good.indexOf(from);
        if (at < 0) {
            throw new IllegalStateException("the good scenario has no " + from);
        }
        String text = good.substring(0, at) + to + good.substring(at + from.length());
        int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new Case(file, line, field);
    }

    private static Case raw(Path dir, String name, String text, int line) throws IOException {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new Case(file, line, "");
    }
}
