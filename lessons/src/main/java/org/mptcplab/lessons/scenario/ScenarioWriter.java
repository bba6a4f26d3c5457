package org.mptcplab.lessons.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.mptcplab.engine.scenario.AppSpec;
import org.mptcplab.engine.scenario.EventSpec;
import org.mptcplab.engine.scenario.FaultSpec;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.Scenario;

/**
 * Writes a {@link Scenario} as a schema-version-1 file that {@link ScenarioLoader} reads back to an
 * equal record. Every field is written, defaults included, in the order docs/scenarios.md lists them;
 * durations, rates and sizes are written with the largest unit that keeps them exact.
 */
public final class ScenarioWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ScenarioWriter() {
    }

    /** The scenario as pretty-printed JSON text ending with a newline. */
    public static String toJson(Scenario s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            write(g, s);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString() + "\n";
    }

    private static void write(JsonGenerator g, Scenario s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", s.schemaVersion());
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        g.writeStringField("description", s.description());
        g.writeArrayFieldStart("assumptions");
        for (String a : s.assumptions()) {
            g.writeString(a);
        }
        g.writeEndArray();
        g.writeNumberField("seed", s.seed());
        SpecWriter.duration(g, "duration", s.duration());
        g.writeArrayFieldStart("nodes");
        for (NodeSpec n : s.nodes()) {
            SpecWriter.node(g, n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("links");
        for (LinkSpec l : s.links()) {
            SpecWriter.link(g, l);
        }
        g.writeEndArray();
        SpecWriter.routing(g, s.routing());
        g.writeArrayFieldStart("applications");
        for (AppSpec a : s.applications()) {
            WorkloadWriter.application(g, a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("faults");
        for (FaultSpec f : s.faults()) {
            WorkloadWriter.fault(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (EventSpec e : s.events()) {
            WorkloadWriter.event(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
