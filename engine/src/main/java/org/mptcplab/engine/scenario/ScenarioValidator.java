package org.mptcplab.engine.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Checks what a well-typed {@link Scenario} can still get wrong: unknown or duplicate names, links
 * to nowhere, addresses that no interface holds, inconsistent devices, workloads and events. Every
 * {@link Problem} names the field path as the JSON file spells it, so a loader can point at the
 * line; the order is file order, so the first problem is the one a reader meets first.
 */
public final class ScenarioValidator {
    /** Node names end up in file names ({@code <node>.pcap}): keep them portable. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");

    private ScenarioValidator() {
    }

    /** Every problem found, in file order; empty when the scenario can be built. */
    public static List<Problem> validate(Scenario s) {
        Problems p = new Problems();
        if (s.schemaVersion() != Scenario.SCHEMA_VERSION) {
            p.add("schemaVersion", "unsupported schema version " + s.schemaVersion() + " (this build reads "
                    + Scenario.SCHEMA_VERSION + ")");
        }
        if (!ID.matcher(s.id()).matches()) {
            p.add("id", "id \"" + s.id() + "\" must be 1-63 letters, digits, '.', '_' or '-'");
        }
        if (s.title().isBlank()) {
            p.add("title", "title must not be blank");
        }
        if (s.duration() <= 0) {
            p.add("duration", "duration must be positive");
        }
        if (s.nodes().isEmpty()) {
            p.add("nodes", "a scenario needs at least one node");
        }
        Topology t = new Topology(s);
        checkNames(s, p);
        checkLinks(s, t, p);
        NodeChecks.check(t, p);
        RoutingChecks.check(t, p);
        WorkloadChecks.check(t, p);
        return p.list();
    }

    /**
     * The scenario itself when valid.
     *
     * @throws InvalidScenarioException naming the first problem
     */
    public static Scenario requireValid(Scenario s) {
        List<Problem> problems = validate(s);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return s;
    }

    private static void checkNames(Scenario s, Problems p) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < s.nodes().size(); i++) {
            String name = s.nodes().get(i).name();
            String path = "nodes[" + i + "].name";
            if (!NAME.matcher(name).matches()) {
                p.add(path, "node name \"" + name + "\" must be 1-63 letters, digits, '.', '_' or '-'"
                        + " (it becomes a file name)");
            }
            Integer earlier = first.putIfAbsent(name, i);
            if (earlier != null) {
                p.add(path, "duplicate node name \"" + name + "\" (already used by nodes[" + earlier + "])");
            }
        }
    }

    private static void checkLinks(Scenario s, Topology t, Problems p) {
        Map<IpAddress, String> owners = new LinkedHashMap<>();
        for (int i = 0; i < s.links().size(); i++) {
            LinkSpec l = s.links().get(i);
            String path = "links[" + i + "]";
            boolean known = true;
            for (String end : List.of("a", "b")) {
                LinkEnd e = end.equals("a") ? l.a() : l.b();
                if (t.node(e.node()) == null) {
                    p.add(path + "." + end, Problems.unknown("node", e.node(), t.nodeNames()));
                    known = false;
                }
            }
            if (known && l.a().node().equals(l.b().node())) {
                p.add(path, "a link cannot connect " + l.a().node() + " to itself");
            }
            for (String end : List.of("a", "b")) {
                LinkEnd e = end.equals("a") ? l.a() : l.b();
                if (e.address() == null) {
                    continue;
                }
                String where = path + "." + end;
                String previous = owners.putIfAbsent(e.address(), where + " (" + e.node() + ")");
                if (previous != null) {
                    p.add(where + ".address", "address " + e.address() + " is already used by " + previous);
                }
            }
            p.check(path, () -> l.ab().toConfig());
            p.check(path, () -> l.ba().toConfig());
        }
    }
}
