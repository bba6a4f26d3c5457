package org.mptcplab.app.compare;

import java.util.List;
import org.mptcplab.app.editor.BranchParameter;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * The two runs a compare view shows, both with the same seed, and a title for each side saying what
 * differs. FX-free.
 *
 * @param left      usually the failure
 * @param right     usually the fix, or the variant
 * @param leftNote  what differs on the left, e.g. the scenario's title
 * @param rightNote what differs on the right
 */
public record ComparePair(RunSource left, RunSource right, String leftNote, String rightNote) {
    /** The two default pairs: the load balancer without and with the fix; anycast TCP and MPTCP with the fix. */
    public static final List<List<String>> PRESETS = List.of(List.of("l4lb-mptcp-plain", "l4lb-mptcp-fixed"),
            List.of("anycast-tcp", "anycast-mptcp-fixed"));

    /**
     * Built-in scenarios {@code leftId} and {@code rightId}, both run with the left one's seed.
     *
     * @throws IllegalArgumentException when an id is not built in, is a batch experiment, or does not load
     */
    public static ComparePair builtIn(String leftId, String rightId) {
        Scenario left = load(leftId);
        Scenario right = load(rightId);
        return new ComparePair(new ScenarioRunSource(left, left.seed()), new ScenarioRunSource(right, left.seed()),
                left.title(), right.title());
    }

    /**
     * Built-in scenario {@code id} against itself with {@code parameter} set to {@code value} on the
     * right, same seed.
     *
     * @throws IllegalArgumentException when the id does not load, the parameter does not apply, or the engine
     *                                  cannot build the changed scenario (e.g. a hash function too short for
     *                                  IPv6 tuples)
     */
    public static ComparePair variant(String id, BranchParameter parameter, String value) {
        Scenario base = load(id);
        Scenario changed = parameter.apply(base, value);
        ScenarioRunSource right = new ScenarioRunSource(changed, base.seed());
        // Building the network once turns a variant the engine refuses into a message before any recording.
        right.topology();
        return new ComparePair(new ScenarioRunSource(base, base.seed()), right, base.title() + " (as built in)",
                parameter.label() + " = " + value);
    }

    /** The preset pair that contains scenario {@code id}, else the first preset ({@code id} may be null). */
    public static ComparePair presetFor(String id) {
        List<String> chosen = PRESETS.stream().filter(p -> p.get(0).equals(id) || p.get(1).equals(id)).findFirst()
                .orElse(PRESETS.get(0));
        return builtIn(chosen.get(0), chosen.get(1));
    }

    /** Catalogue ids a compare view can run (batch experiments excluded: they are not step-through runs). */
    public static List<String> runnableIds() {
        return Catalog.entries().stream().map(Catalog.Entry::id).filter(id -> !id.startsWith("paper-")).toList();
    }

    private static Scenario load(String id) {
        if (id.startsWith("paper-")) {
            throw new IllegalArgumentException(id + " is a batch experiment; compare runs step-through scenarios");
        }
        try {
            return ScenarioLoader.builtIn(id);
        } catch (ScenarioLoadException e) {
            throw new IllegalArgumentException("scenario " + id + " does not load: " + e.getMessage(), e);
        }
    }
}
