package org.mptcplab.app.files;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the recent-files list as a small JSON array of paths, by default in
 * {@code $XDG_CONFIG_HOME/mptcp-lab/recent-files.json} (else {@code ~/.config/mptcp-lab/}). The
 * system property {@value #CONFIG_DIR_PROPERTY} overrides the folder, which is how UI tests keep
 * away from the user's real list.
 */
public final class JsonRecentFilesStore implements RecentFilesStore {
    /** System property naming the configuration folder to use instead of the platform's. */
    public static final String CONFIG_DIR_PROPERTY = "mptcplab.configDir";
    static final String FILE_NAME = "recent-files.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    /** A store in the JSON file {@code file}. */
    public JsonRecentFilesStore(Path file) {
        this.file = file;
    }

    /** The store in the platform configuration folder (see the class comment). */
    public static JsonRecentFilesStore inConfigDir() {
        return new JsonRecentFilesStore(configDir().resolve(FILE_NAME));
    }

    static Path configDir() {
        String override = System.getProperty(CONFIG_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("mptcp-lab");
    }

    @Override
    public List<Path> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> names = JSON.readValue(file.toFile(), new TypeReference<List<String>>() { });
            List<Path> paths = new ArrayList<>();
            for (String name : names) {
                if (name != null) {
                    paths.add(Path.of(name));
                }
            }
            return List.copyOf(paths);
        } catch (IOException | InvalidPathException e) {
            // A damaged list only loses the convenience; the next save rewrites it.
            return List.of();
        }
    }

    @Override
    public void save(List<Path> files) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            List<String> names = files.stream().map(Path::toString).toList();
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(names));
        } catch (IOException e) {
            // Read-only home or full disk: keep working with the in-memory list.
        }
    }

    /** The JSON file this store uses. */
    public Path file() {
        return file;
    }
}
