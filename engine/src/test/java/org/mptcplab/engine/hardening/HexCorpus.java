package org.mptcplab.engine.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads the hardening corpus: {@code *.hex} files (hex pairs, whitespace free, {@code #} comments) and
 * the tab-separated {@code expected.tsv} index beside them. A hex file may say
 * {@code # checksums: keep | ip-only | tcp-only} to limit which checksums {@link #datagram} repairs;
 * by default both are recomputed, so a case tests the field it mutates rather than a stale checksum.
 */
final class HexCorpus {
    static final String ROOT = "/org/mptcplab/engine/hardening/";

    private HexCorpus() {
    }

    static String text(String resource) {
        try (InputStream in = HexCorpus.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus resource " + ROOT + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a hex file as written. */
    static byte[] bytes(String resource) {
        StringBuilder hex = new StringBuilder();
        for (String line : text(resource).split("\n")) {
            int hash = line.indexOf('#');
            hex.append((hash < 0 ? line : line.substring(0, hash)).replaceAll("\\s+", ""));
        }
        return HexFormat.of().parseHex(hex.toString().toLowerCase(Locale.ROOT));
    }

    /** The first comment line of a hex file: what the case is about. */
    static String description(String resource) {
        return text(resource).lines().filter(l -> l.startsWith("#")).findFirst().orElse("#").substring(1).strip();
    }

    /** A datagram from the corpus with its checksums repaired as the file's directive says. */
    static byte[] datagram(String resource) {
        byte[] d = bytes(resource);
        String mode = text(resource).lines().filter(l -> l.startsWith("# checksums:")).findFirst()
                .map(l -> l.substring("# checksums:".length()).strip()).orElse("fix");
        boolean ip = mode.equals("fix") || mode.equals("ip-only");
        boolean tcp = mode.equals("fix") || mode.equals("tcp-only");
        return Rfc1071.repair(d, ip, tcp);
    }

    /** Rows of a tab-separated index; lines starting with {@code #} are comments. */
    static List<String[]> index(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text(resource).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
