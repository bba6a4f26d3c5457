package org.mptcplab.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AtomicFilesProperties {

    /** Either the whole new content or, when the writer fails after {@code failAfter} bytes, the old one. */
    @Property(tries = 60)
    void theTargetHoldsTheOldOrTheNewContentNeverAMix(@ForAll @Size(max = 3000) byte[] old,
            @ForAll @Size(max = 3000) byte[] next, @ForAll @IntRange(min = -1, max = 3000) int failAfter)
            throws IOException {
        Path dir = Files.createTempDirectory("atomic");
        try {
            Path target = dir.resolve("t.json");
            Files.write(target, old);
            boolean fails = failAfter >= 0 && failAfter < next.length;
            try {
                AtomicFiles.write(target, out -> {
                    out.write(next, 0, fails ? failAfter : next.length);
                    if (fails) {
                        throw new IOException("interrupted");
                    }
                });
            } catch (IOException e) {
                assertThat(fails).isTrue();
            }

            assertThat(Files.readAllBytes(target)).isEqualTo(fails ? old : next);
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left).containsExactly(target);
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
