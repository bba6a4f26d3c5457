package org.mptcplab.app.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * Which autosaves hold work worth offering after a crash: those newer than their file (or whose file
 * is gone, or that never had one) and whose scenario differs from the file's. Autosaves made stale by
 * a later save are removed; ones that no longer load are left alone (never delete what may be work).
 */
public final class RecoveryCandidates {

    /** An autosave with its scenario. */
    public record Candidate(Autosave autosave, Scenario scenario) {
    }

    private RecoveryCandidates() {
    }

    /** The autosaves of {@code store} worth offering, newest first. */
    public static List<Candidate> find(AutosaveStore store) {
        List<Candidate> out = new ArrayList<>();
        for (Autosave a : store.list()) {
            Scenario s;
            try {
                s = ScenarioLoader.parse(a.key() + ".json", a.scenarioJson());
            } catch (ScenarioLoadException | RuntimeException e) {
                continue;
            }
            if (stale(a, s)) {
                try {
                    store.remove(a.key());
                } catch (IOException e) {
                    // Offered again next time, where it will be found stale again.
                }
                continue;
            }
            out.add(new Candidate(a, s));
        }
        return out;
    }

    private static boolean stale(Autosave a, Scenario s) {
        Path origin = a.origin();
        if (origin == null || !Files.isRegularFile(origin)) {
            return false;
        }
        try {
            if (Files.getLastModifiedTime(origin).toMillis() > a.savedAtMillis()) {
                return true;
            }
            return ScenarioLoader.load(origin).equals(s);
        } catch (IOException | ScenarioLoadException | RuntimeException e) {
            return false;
        }
    }
}
