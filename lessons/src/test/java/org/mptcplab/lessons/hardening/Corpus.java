package org.mptcplab.lessons.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The loader corpus under {@code /org/mptcplab/lessons/hardening/}: one file per case in
 * {@code scenarios/} and {@code lessons/}, and beside each folder an {@code expected.tsv} index
 * (file, line, column, field path, message) because JSON files cannot carry comments.
 */
final class Corpus {
    static final String ROOT = "/org/mptcplab/lessons/hardening/";

    /** One indexed case: the exact location and message the loader must give. */
    record Case(String file, int line, int column, String path, String problem) {
        /** The loaders' one-line format {@code file:line:col: path: problem}. */
        String message() {
            return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + problem;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private Corpus() {
    }

    static List<Case> cases(String folder) {
        List<Case> cases = new ArrayList<>();
        for (String line : new String(bytes(folder + "/expected.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t", -1);
                cases.add(new Case(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4]));
            }
        }
        return cases;
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus resource " + ROOT + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder on disk (test resources are a directory under surefire), for file-based loading. */
    static Path folder(String folder) {
        URL url = Corpus.class.getResource(ROOT + folder);
        if (url == null) {
            throw new IllegalStateException("missing corpus folder " + ROOT + folder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> jsonFiles(String folder) {
        try (Stream<Path> files = Files.list(folder(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
