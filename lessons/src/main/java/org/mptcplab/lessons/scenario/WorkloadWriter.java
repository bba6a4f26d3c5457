package org.mptcplab.lessons.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.mptcplab.engine.scenario.AppSpec;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.DropSpec;
import org.mptcplab.engine.scenario.EventSpec;
import org.mptcplab.engine.scenario.FaultSpec;
import org.mptcplab.engine.scenario.LinkDownSpec;
import org.mptcplab.engine.scenario.ReconnectingSpec;
import org.mptcplab.engine.scenario.RequestResponseSpec;
import org.mptcplab.engine.wire.Ipv6Address;

/** Workload half of {@link ScenarioWriter}: applications, faults and events. */
final class WorkloadWriter {
    private WorkloadWriter() {
    }

    static void application(JsonGenerator g, AppSpec a) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", a.type());
        g.writeStringField("name", a.name());
        g.writeStringField("from", a.from());
        String host = a.to() instanceof Ipv6Address ? "[" + a.to() + "]" : a.to().toString();
        g.writeStringField("to", host + ":" + a.port());
        g.writeStringField("protocol", a.protocol().id());
        SpecWriter.duration(g, "start", a.start());
        if (a instanceof BulkSpec b) {
            g.writeStringField("direction", b.direction().id());
            if (b.bytes() > 0) {
                g.writeNumberField("bytes", b.bytes());
            } else {
                SpecWriter.duration(g, "duration", b.duration());
            }
            if (b.sourcePort() != 0) {
                g.writeNumberField("sourcePort", b.sourcePort());
            }
            if (b.joinSourcePort() != 0) {
                g.writeNumberField("joinSourcePort", b.joinSourcePort());
            }
        } else if (a instanceof RequestResponseSpec r) {
            g.writeNumberField("requests", r.requests());
            g.writeNumberField("requestSize", r.requestSize());
            g.writeNumberField("responseSize", r.responseSize());
        } else if (a instanceof ReconnectingSpec r) {
            g.writeNumberField("count", r.count());
            SpecWriter.duration(g, "stagger", r.stagger());
            SpecWriter.duration(g, "reconnectDelay", r.reconnectDelay());
        }
        g.writeEndObject();
    }

    static void fault(JsonGenerator g, FaultSpec f) throws IOException {
        g.writeStartObject();
        if (f instanceof DropSpec d) {
            g.writeStringField("type", "dropNth");
            if (d.link() != null) {
                g.writeStringField("link", d.link());
            }
            if (d.from() != null) {
                g.writeStringField("sender", d.from());
            }
            if (d.node() != null) {
                g.writeStringField("node", d.node());
            }
            g.writeFieldName("match");
            SpecWriter.match(g, d.match());
            g.writeNumberField("n", d.n());
            g.writeNumberField("count", d.count());
        } else if (f instanceof LinkDownSpec l) {
            g.writeStringField("type", "linkDown");
            g.writeStringField("link", l.link());
            SpecWriter.duration(g, "from", l.from());
            SpecWriter.duration(g, "until", l.until());
        }
        g.writeEndObject();
    }

    static void event(JsonGenerator g, EventSpec e) throws IOException {
        g.writeStartObject();
        SpecWriter.duration(g, "at", e.at());
        if (e.every() > 0) {
            SpecWriter.duration(g, "every", e.every());
            SpecWriter.duration(g, "until", e.until());
        }
        g.writeStringField("action", e.action().id());
        g.writeStringField("node", e.node());
        g.writeStringField("server", e.server());
        if (e.prefix() != null) {
            g.writeStringField("prefix", e.prefix().toString());
        }
        g.writeEndObject();
    }
}
