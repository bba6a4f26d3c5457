package org.mptcplab.app.files;

import java.nio.file.Path;
import org.mptcplab.engine.scenario.Scenario;

/**
 * Hears about the open scenario's unsaved work; the autosaver ({@code org.mptcplab.app.recovery})
 * implements it. {@link ScenarioFilesViewModel} is the only caller.
 */
public interface UnsavedWork {
    /** Ignores everything (no autosave). */
    UnsavedWork NONE = new UnsavedWork() {
        @Override
        public void changed(Path file, Scenario scenario) {
        }

        @Override
        public void settled() {
        }

        @Override
        public void replaced() {
        }
    };

    /** The scenario now differs from its file ({@code file} null: it has none yet). */
    void changed(Path file, Scenario scenario);

    /** Nothing is unsaved any more: saved, reloaded, edits undone or discarded by the user. */
    void settled();

    /** Another scenario replaces the open one; whatever it had unsaved must not be lost. */
    void replaced();
}
