package org.mptcplab.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.mptcplab.engine.scenario.run.ConnectionSummary;
import org.mptcplab.engine.scenario.run.RunSummary;

/**
 * {@code run --json}: the summary as one JSON object on one line. Times are in seconds, goodput in
 * Mbit/s; {@code completionTime} is null for a connection that did not complete.
 */
final class SummaryJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SummaryJson() {
    }

    static void print(PrintWriter out, RunSummary s) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("scenario", s.scenario());
            g.writeStringField("title", s.title());
            g.writeNumberField("seed", s.seed());
            g.writeArrayFieldStart("assumptions");
            for (String a : s.assumptions()) {
                g.writeString(a);
            }
            g.writeEndArray();
            g.writeNumberField("simulatedTime", s.endTime() / 1e9);
            g.writeArrayFieldStart("connections");
            for (ConnectionSummary c : s.connections()) {
                connection(g, c);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("connections", s.connections().size());
            g.writeNumberField("completed", s.completedCount());
            g.writeNumberField("bytes", s.totalBytes());
            g.writeNumberField("goodputMbps", s.totalGoodputMbps());
            g.writeNumberField("subflowsEstablished", s.totalSubflowsEstablished());
            g.writeNumberField("subflowsRefused", s.totalSubflowsRefused());
            g.writeNumberField("rstSent", s.totalRstSent());
            g.writeNumberField("rstReceived", s.totalRstReceived());
            g.writeNumberField("rstSentAllHosts", s.rstSentAll());
            g.writeNumberField("rstReceivedAllHosts", s.rstReceivedAll());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private static void connection(JsonGenerator g, ConnectionSummary c) throws IOException {
        g.writeStartObject();
        g.writeStringField("app", c.app());
        g.writeStringField("node", c.node());
        g.writeStringField("kind", c.kind());
        g.writeNumberField("connections", c.connections());
        g.writeNumberField("bytes", c.bytes());
        g.writeNumberField("goodputMbps", c.goodputMbps());
        g.writeBooleanField("completed", c.completed());
        if (c.completed()) {
            g.writeNumberField("completionTime", c.completionTime() / 1e9);
        } else {
            g.writeNullField("completionTime");
        }
        g.writeNumberField("subflowsEstablished", c.subflowsEstablished());
        g.writeNumberField("subflowsRefused", c.subflowsRefused());
        g.writeNumberField("rstSent", c.rstSent());
        g.writeNumberField("rstReceived", c.rstReceived());
        g.writeEndObject();
    }
}
