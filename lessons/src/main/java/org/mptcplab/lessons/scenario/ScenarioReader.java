package org.mptcplab.lessons.scenario;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.scenario.AppSpec;
import org.mptcplab.engine.scenario.EventSpec;
import org.mptcplab.engine.scenario.FaultSpec;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.RoutingSpec;
import org.mptcplab.engine.scenario.Scenario;

/**
 * Maps a {@link Located} tree to a {@link Scenario}: types, units, ranges and unknown fields. What
 * only makes sense across the whole file (names, addresses, references) is left to the engine's
 * validator; the loader maps its field paths back to positions.
 */
final class ScenarioReader {
    static final List<String> TOP = List.of("schemaVersion", "id", "title", "description", "assumptions", "seed",
            "duration", "nodes", "links", "routing", "applications", "faults", "events");

    private ScenarioReader() {
    }

    static Scenario read(Located root) {
        if (root.kind() != Located.Kind.OBJECT) {
            throw Cursor.at(root, "", "expected a JSON object at the top level, got " + root.describe());
        }
        checkVersion(root);
        Cursor c = Cursor.of(root, "", TOP);
        String id = c.string("id");
        String title = c.string("title");
        String description = c.string("description", "");
        long seed = c.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        long duration = c.duration("duration", 1);
        List<String> assumptions = new ArrayList<>();
        List<Located> items = c.array("assumptions");
        for (int i = 0; i < items.size(); i++) {
            assumptions.add(Cursor.text(items.get(i), "assumptions[" + i + "]"));
        }
        c.required("nodes");
        List<NodeSpec> nodes = new ArrayList<>();
        List<Located> nodeItems = c.array("nodes");
        for (int i = 0; i < nodeItems.size(); i++) {
            nodes.add(NodeReader.read(nodeItems.get(i), "nodes[" + i + "]"));
        }
        List<LinkSpec> links = new ArrayList<>();
        List<Located> linkItems = c.array("links");
        for (int i = 0; i < linkItems.size(); i++) {
            links.add(LinkReader.link(linkItems.get(i), "links[" + i + "]"));
        }
        RoutingSpec routing = c.has("routing") ? LinkReader.routing(c.required("routing"), "routing")
                : RoutingSpec.AUTOMATIC;
        List<AppSpec> apps = new ArrayList<>();
        List<Located> appItems = c.array("applications");
        for (int i = 0; i < appItems.size(); i++) {
            apps.add(WorkloadReader.application(appItems.get(i), "applications[" + i + "]", i));
        }
        List<FaultSpec> faults = new ArrayList<>();
        List<Located> faultItems = c.array("faults");
        for (int i = 0; i < faultItems.size(); i++) {
            faults.add(WorkloadReader.fault(faultItems.get(i), "faults[" + i + "]"));
        }
        List<EventSpec> events = new ArrayList<>();
        List<Located> eventItems = c.array("events");
        for (int i = 0; i < eventItems.size(); i++) {
            events.add(WorkloadReader.event(eventItems.get(i), "events[" + i + "]", duration));
        }
        return new Scenario(Scenario.SCHEMA_VERSION, id, title, description, assumptions, seed, duration, nodes, links,
                routing, apps, faults, events);
    }

    /** The version decides how to read everything else, so it is checked before any other field. */
    private static void checkVersion(Located root) {
        Located v = root.fields().get("schemaVersion");
        if (v == null) {
            throw Cursor.at(root, "schemaVersion", "missing required field \"schemaVersion\" (this build reads "
                    + Scenario.SCHEMA_VERSION + ")");
        }
        long version = Cursor.integer(v, "schemaVersion", Long.MIN_VALUE, Long.MAX_VALUE);
        if (version != Scenario.SCHEMA_VERSION) {
            throw Cursor.at(v, "schemaVersion", "unsupported schema version " + version + " (this build reads "
                    + Scenario.SCHEMA_VERSION + ")");
        }
    }
}
