package org.mptcplab.engine.pcap;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real tshark on pcaps the engine wrote, for tests that check our bytes against Wireshark's
 * dissectors. Output goes to temporary files rather than pipes, so no reader threads are needed and a
 * chatty tshark cannot block. Each run gets an empty Wireshark configuration folder, so a developer's
 * personal preferences cannot change what the tests see.
 *
 * <p>When tshark is missing the test is skipped on a developer machine but fails under CI (environment
 * variable {@code CI} set), because there a silent skip would hide the acceptance check.
 */
public final class TsharkRunner {
    /** What to do when tshark is missing. */
    public static final String INSTALL_HINT = "install tshark: apt-get install tshark";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Path executable;
    private final Duration timeout;

    private TsharkRunner(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /** A runner for the installed tshark; skips (or under CI fails) the calling test if there is none. */
    public static TsharkRunner require() {
        Optional<Path> found = locate();
        if (found.isEmpty()) {
            String message = "tshark not found on PATH (or $TSHARK); " + INSTALL_HINT;
            if (System.getenv("CI") != null) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return new TsharkRunner(found.get(), DEFAULT_TIMEOUT);
    }

    /** {@code $TSHARK} if it names an executable, else the first {@code tshark} on {@code PATH}. */
    public static Optional<Path> locate() {
        String override = System.getenv("TSHARK");
        if (override != null && !override.isBlank() && Files.isExecutable(Path.of(override))) {
            return Optional.of(Path.of(override));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "tshark");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The first line of {@code tshark --version}, e.g. "TShark (Wireshark) 4.0.17 (...)". */
    public String version() throws IOException {
        return run(List.of("--version")).get(0);
    }

    /**
     * Runs tshark with {@code arguments} and returns its standard output as lines. A non-zero exit or
     * a run longer than the timeout fails the calling test, with tshark's standard error attached.
     */
    public List<String> run(List<String> arguments) throws IOException {
        Path scratch = Files.createTempDirectory("tshark-run");
        try {
            Path config = Files.createDirectory(scratch.resolve("config"));
            Path stdout = scratch.resolve("stdout");
            Path stderr = scratch.resolve("stderr");
            List<String> command = new ArrayList<>();
            command.add(executable.toString());
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().put("WIRESHARK_CONFIG_DIR", config.toString());
            Process process = builder.start();
            boolean finished = waitFor(process);
            if (!finished) {
                process.destroyForcibly();
                Assertions.fail("tshark did not finish within " + timeout.toSeconds() + " s: " + command);
            }
            if (process.exitValue() != 0) {
                Assertions.fail("tshark exited with " + process.exitValue() + ": " + command + "\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return Files.readAllLines(stdout, StandardCharsets.UTF_8);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Joins repeated occurrences of a field in one packet; rarer than ',' in expert messages. */
    public static final String AGGREGATOR = "|";

    /**
     * Dissects {@code pcap} with the given preferences ({@code name:value}, each passed with
     * {@code -o}) and display filter (empty for none) and prints {@code fields}, one tab-separated
     * line per packet; repeated occurrences of a field in one packet are joined by {@link #AGGREGATOR}.
     */
    public List<String> fields(Path pcap, List<String> preferences, String displayFilter, List<String> fields)
            throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-n", "-r", pcap.toString()));
        for (String preference : preferences) {
            arguments.add("-o");
            arguments.add(preference);
        }
        if (!displayFilter.isEmpty()) {
            arguments.add("-Y");
            arguments.add(displayFilter);
        }
        arguments.addAll(List.of("-T", "fields", "-E", "separator=/t", "-E", "occurrence=a",
                "-E", "aggregator=" + AGGREGATOR));
        for (String field : fields) {
            arguments.add("-e");
            arguments.add(field);
        }
        return run(arguments);
    }

    /**
     * Like {@link #fields} but one map per packet, field name to value ("" when absent), in the order
     * of {@code fields}.
     */
    public List<Map<String, String>> rows(Path pcap, List<String> preferences, String displayFilter,
                                          List<String> fields) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : fields(pcap, preferences, displayFilter, fields)) {
            String[] values = line.split("\t", -1);
            if (values.length != fields.size()) {
                Assertions.fail("tshark printed " + values.length + " columns for " + fields.size()
                        + " fields: " + line);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(fields.get(i), values[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private boolean waitFor(Process process) throws IOException {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while waiting for tshark", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
