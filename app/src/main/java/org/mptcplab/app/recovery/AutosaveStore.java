package org.mptcplab.app.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mptcplab.app.files.AtomicFiles;

/**
 * The autosave folder: one small JSON file per edited scenario, written atomically. No JavaFX; the
 * folder is injected, by default the platform's state folder (see {@link #stateDir()}).
 */
public final class AutosaveStore {
    /** System property naming the state folder to use instead of the platform's (tests use it). */
    public static final String STATE_DIR_PROPERTY = "mptcplab.stateDir";
    private static final String SUFFIX = ".json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    /** A store in {@code dir} (created on the first write). */
    public AutosaveStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The store in {@code <state folder>/autosave}. */
    public static AutosaveStore inStateDir() {
        return new AutosaveStore(stateDir().resolve("autosave"));
    }

    /**
     * The per-user state folder: the {@value #STATE_DIR_PROPERTY} property, else
     * {@code $XDG_STATE_HOME/mptcp-lab} or {@code ~/.local/state/mptcp-lab} (XDG Base Directory
     * specification), {@code %LOCALAPPDATA%\mptcp-lab} on Windows, {@code ~/Library/Application Support/
     * mptcp-lab} on macOS.
     */
    public static Path stateDir() {
        String override = System.getProperty(STATE_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        String local = System.getenv("LOCALAPPDATA");
        if (os.startsWith("windows") && local != null && !local.isBlank()) {
            return Path.of(local, "mptcp-lab");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("mptcp-lab");
        }
        String xdg = System.getenv("XDG_STATE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("state"))
                .resolve("mptcp-lab");
    }

    /** Writes (or replaces) {@code a}. */
    public void write(Autosave a) throws IOException {
        Files.createDirectories(dir);
        ObjectNode node = JSON.createObjectNode();
        node.put("format", 1);
        node.put("key", a.key());
        node.put("origin", a.origin() == null ? null : a.origin().toString());
        node.put("savedAtMillis", a.savedAtMillis());
        // Kept as text, not a nested object, so the scenario comes back byte for byte.
        node.put("scenario", a.scenarioJson());
        AtomicFiles.write(file(a.key()), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }

    /** Every readable autosave, newest first; damaged files are skipped and left for a human to look at. */
    public List<Autosave> list() {
        List<Autosave> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                read(f).ifPresent(found::add);
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparingLong(Autosave::savedAtMillis).reversed().thenComparing(Autosave::key));
        return found;
    }

    /** An autosave file, or empty when it is damaged (an invalid path is an IllegalArgumentException). */
    private static Optional<Autosave> read(Path f) {
        try {
            JsonNode n = JSON.readTree(f.toFile());
            JsonNode origin = n.path("origin");
            return Optional.of(new Autosave(n.path("key").asText(),
                    origin.isTextual() ? Path.of(origin.asText()) : null, n.path("savedAtMillis").asLong(),
                    n.path("scenario").asText()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Deletes the autosave {@code key}, if any. */
    public void remove(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    /** The folder of this store. */
    public Path dir() {
        return dir;
    }

    /** Where recovered scenarios that are not opened right away are written, beside the autosave folder. */
    public Path recoveredDir() {
        return dir.resolveSibling("recovered");
    }

    private Path file(String key) {
        return dir.resolve(key + SUFFIX);
    }
}
