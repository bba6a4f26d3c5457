package org.mptcplab.engine.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Names of the corpus files in one resource folder, sorted, to check them against the index. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static List<String> names(String folder, String suffix) {
        URL url = CorpusFiles.class.getResource(HexCorpus.ROOT + folder);
        if (url == null) {
            throw new IllegalStateException("missing corpus folder " + HexCorpus.ROOT + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
