package org.mptcplab.app.recovery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One autosaved scenario: the JSON text of the edited scenario, the file it was edited from, and when.
 *
 * @param key          file name stem in the autosave folder, unique per edited scenario
 * @param origin       the file the scenario was opened from or saved to, or null when it never had one
 * @param savedAtMillis when the autosave was written, milliseconds since the epoch (the injected clock)
 * @param scenarioJson the scenario as {@code ScenarioWriter} writes it
 */
public record Autosave(String key, Path origin, long savedAtMillis, String scenarioJson) {
    /** Checks the key is a plain file-name stem. */
    public Autosave {
        Objects.requireNonNull(scenarioJson, "scenarioJson");
        if (key == null || !key.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("bad autosave key: " + key);
        }
    }
}
