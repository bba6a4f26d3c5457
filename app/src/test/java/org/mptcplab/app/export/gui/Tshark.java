package org.mptcplab.app.export.gui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The installed tshark, for checking exported captures with Wireshark's own dissectors. The app module
 * does not see the engine's test jar (where {@code TsharkRunner} lives), hence this small copy of the
 * one call these tests need. Runs with an empty configuration folder so personal preferences cannot
 * change the result.
 */
final class Tshark {
    private Tshark() {
    }

    /** The first {@code tshark} on {@code PATH}. */
    static Optional<Path> locate() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "tshark");
            if (!dir.isEmpty() && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** tshark's one line per packet of {@code pcap}: frame number, then {@code field} (tab-separated). */
    static List<String> frames(Path tshark, Path pcap, String field, Path scratch) throws IOException,
            InterruptedException {
        Path config = Files.createDirectories(scratch.resolve("wireshark-config"));
        Path out = scratch.resolve("tshark.out");
        Path err = scratch.resolve("tshark.err");
        ProcessBuilder builder = new ProcessBuilder(tshark.toString(), "-n", "-r", pcap.toString(), "-T", "fields",
                "-e", "frame.number", "-e", field)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("WIRESHARK_CONFIG_DIR", config.toString());
        Process p = builder.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tshark did not finish within 60 s");
        }
        if (p.exitValue() != 0) {
            throw new IOException("tshark exited with " + p.exitValue() + ": "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
