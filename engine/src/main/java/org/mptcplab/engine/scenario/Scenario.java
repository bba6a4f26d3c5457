package org.mptcplab.engine.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A complete, immutable scenario: topology, routing, workload, faults and timed events, plus the
 * sentences that state its assumptions. Files describe it in JSON (docs/scenarios.md); this record
 * is what they are read into and what {@link ScenarioValidator} checks.
 *
 * @param schemaVersion file format version ({@link #SCHEMA_VERSION})
 * @param id            short identifier (a catalogue id for built-in scenarios)
 * @param title         one-line title
 * @param description   a paragraph for the UI
 * @param assumptions   sentences printed by {@code run}: rates, delays, loss, workload
 * @param seed          default seed of the run
 * @param duration      simulated time cap, ns
 * @param nodes         hosts, routers and load balancers
 * @param links         point-to-point links
 * @param routing       routing configuration
 * @param applications  workloads
 * @param faults        scripted losses and link outages
 * @param events        timed device actions
 */
public record Scenario(int schemaVersion, String id, String title, String description, List<String> assumptions,
        long seed, long duration, List<NodeSpec> nodes, List<LinkSpec> links, RoutingSpec routing,
        List<AppSpec> applications, List<FaultSpec> faults, List<EventSpec> events) {

    /** The only file format version so far. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies every list; rejects nulls. */
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(routing, "routing");
        assumptions = List.copyOf(assumptions);
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        applications = List.copyOf(applications);
        faults = List.copyOf(faults);
        events = List.copyOf(events);
    }

    /** The node called {@code name}. */
    public Optional<NodeSpec> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** Node names in file order (duplicates, if any, once). */
    public List<String> nodeNames() {
        Set<String> names = new LinkedHashSet<>();
        nodes.forEach(n -> names.add(n.name()));
        return List.copyOf(names);
    }

    /**
     * The name each link gets in the engine, in link order: {@code a-b}, and {@code a-b#2},
     * {@code a-b#3}... for further links between the same ends in the same orientation.
     */
    public List<String> linkNames() {
        // A set for membership and the last suffix per base: a file of many parallel links stays linear
        // (a list search per suffix made 15,000 links take minutes; found by the hardening corpus).
        List<String> names = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        Map<String, Integer> nextSuffix = new LinkedHashMap<>();
        for (LinkSpec l : links) {
            String base = l.a().node() + "-" + l.b().node();
            String name = base;
            int n = nextSuffix.getOrDefault(base, 2);
            if (taken.contains(name)) {
                for (name = base + "#" + n; taken.contains(name); n++, name = base + "#" + n) {
                    // Skip suffixes a differently named pair of nodes already produced.
                }
                nextSuffix.put(base, n + 1);
            }
            taken.add(name);
            names.add(name);
        }
        return List.copyOf(names);
    }

    /** This scenario with another seed and everything else unchanged. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(schemaVersion, id, title, description, assumptions, newSeed, duration, nodes, links,
                routing, applications, faults, events);
    }
}
