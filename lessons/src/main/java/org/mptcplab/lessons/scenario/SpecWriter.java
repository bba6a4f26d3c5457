package org.mptcplab.lessons.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.mptcplab.engine.scenario.AnycastSpec;
import org.mptcplab.engine.scenario.BackendSpec;
import org.mptcplab.engine.scenario.EcmpSpec;
import org.mptcplab.engine.scenario.EndpointFlag;
import org.mptcplab.engine.scenario.EndpointSpec;
import org.mptcplab.engine.scenario.FirewallRuleSpec;
import org.mptcplab.engine.scenario.FirewallSpec;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LinkEnd;
import org.mptcplab.engine.scenario.LinkParams;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.MatchSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.RouterSpec;
import org.mptcplab.engine.scenario.RoutingSpec;
import org.mptcplab.engine.scenario.StaticRoute;
import org.mptcplab.engine.scenario.TcpSpec;
import org.mptcplab.engine.scenario.Units;
import org.mptcplab.engine.wire.IpAddress;

/** Topology half of {@link ScenarioWriter}: nodes, links, routing, and the unit helpers. */
final class SpecWriter {
    private SpecWriter() {
    }

    static void duration(JsonGenerator g, String field, long nanos) throws IOException {
        g.writeStringField(field, Units.formatDuration(nanos));
    }

    static void node(JsonGenerator g, NodeSpec n) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", n.name());
        g.writeStringField("type", n.type());
        if (n instanceof HostSpec h) {
            host(g, h);
        } else if (n instanceof RouterSpec r && r.ecmp() != null) {
            EcmpSpec e = r.ecmp();
            g.writeObjectFieldStart("ecmp");
            g.writeStringField("hash", e.function());
            g.writeStringField("fields", e.fields().id());
            g.writeStringField("method", e.method().id());
            g.writeNumberField("buckets", e.buckets());
            g.writeEndObject();
        } else if (n instanceof LoadBalancerSpec lb) {
            loadBalancer(g, lb);
        }
        g.writeEndObject();
    }

    private static void host(JsonGenerator g, HostSpec h) throws IOException {
        g.writeArrayFieldStart("localAddresses");
        for (IpAddress a : h.localAddresses()) {
            g.writeString(a.toString());
        }
        g.writeEndArray();
        TcpSpec t = h.tcp();
        g.writeObjectFieldStart("tcp");
        g.writeStringField("congestionControl", t.congestionControl());
        g.writeNumberField("mss", t.maxSegmentSize());
        duration(g, "minRto", t.minRto());
        duration(g, "initialRto", t.initialRto());
        g.writeNumberField("initialCwnd", t.initialCwnd());
        g.writeObjectFieldStart("delayedAck");
        g.writeNumberField("count", t.delayedAckCount());
        duration(g, "timeout", t.delayedAckTimeout());
        g.writeEndObject();
        g.writeBooleanField("sack", t.sack());
        g.writeBooleanField("timestamps", t.timestamps());
        g.writeNumberField("receiveBuffer", t.receiveBuffer());
        g.writeEndObject();
        mptcp(g, h.mptcp());
        if (h.firewall() != null) {
            firewall(g, h.firewall());
        }
    }

    private static void mptcp(JsonGenerator g, MptcpSpec m) throws IOException {
        g.writeObjectFieldStart("mptcp");
        g.writeBooleanField("enabled", m.enabled());
        g.writeBooleanField("allowJoinInitialAddrPort", m.allowJoinInitialAddrPort());
        g.writeStringField("pathManager", m.pathManager().id());
        g.writeArrayFieldStart("endpoints");
        for (EndpointSpec e : m.endpoints()) {
            g.writeStartObject();
            g.writeStringField("address", e.address().toString());
            if (e.port() != 0) {
                g.writeNumberField("port", e.port());
            }
            g.writeArrayFieldStart("flags");
            for (EndpointFlag f : EndpointFlag.values()) {
                if (e.has(f)) {
                    g.writeString(f.id());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("limits");
        g.writeNumberField("subflows", m.maxSubflows());
        g.writeNumberField("addAddrAccepted", m.addAddrAccepted());
        g.writeEndObject();
        g.writeObjectFieldStart("addAddr");
        g.writeStringField("mode", m.addAddr().mode().id());
        duration(g, "timeout", m.addAddr().timeout());
        g.writeNumberField("maxRetransmissions", m.addAddr().maxRetransmissions());
        g.writeEndObject();
        g.writeStringField("scheduler", m.scheduler());
        g.writeStringField("coupling", m.coupling().id());
        g.writeBooleanField("closeInitialSubflow", m.closeInitialSubflow());
        g.writeEndObject();
    }

    private static void firewall(JsonGenerator g, FirewallSpec f) throws IOException {
        g.writeObjectFieldStart("firewall");
        g.writeStringField("default", f.defaultAction().id());
        g.writeArrayFieldStart("rules");
        for (FirewallRuleSpec r : f.rules()) {
            g.writeStartObject();
            g.writeStringField("action", r.action().id());
            g.writeFieldName("match");
            match(g, r.match());
            g.writeBooleanField("established", r.established());
            g.writeBooleanField("knownToken", r.knownToken());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void match(JsonGenerator g, MatchSpec m) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("flags");
        for (int bit = 0; bit < MatchReader.FLAG_NAMES.size(); bit++) {
            if ((m.flagsSet() & 1 << bit) != 0) {
                g.writeString(MatchReader.FLAG_NAMES.get(bit));
            }
            if ((m.flagsClear() & 1 << bit) != 0) {
                g.writeString("!" + MatchReader.FLAG_NAMES.get(bit));
            }
        }
        g.writeEndArray();
        if (m.option() != null) {
            g.writeStringField("option", m.option().id());
        }
        if (m.from() != null) {
            g.writeStringField("from", m.from().toString());
        }
        if (m.to() != null) {
            g.writeStringField("to", m.to().toString());
        }
        if (m.fromPort() != 0) {
            g.writeNumberField("fromPort", m.fromPort());
        }
        if (m.toPort() != 0) {
            g.writeNumberField("toPort", m.toPort());
        }
        if (m.payload() != null) {
            g.writeBooleanField("payload", m.payload());
        }
        g.writeEndObject();
    }

    private static void loadBalancer(JsonGenerator g, LoadBalancerSpec lb) throws IOException {
        g.writeStringField("vip", lb.vip().toString());
        g.writeStringField("forwarding", lb.forwarding().id());
        g.writeObjectFieldStart("hash");
        g.writeStringField("function", lb.hashFunction());
        g.writeStringField("fields", lb.fields().id());
        g.writeEndObject();
        g.writeObjectFieldStart("selector");
        g.writeStringField("method", lb.method().id());
        g.writeNumberField("tableSize", lb.tableSize());
        g.writeEndObject();
        g.writeNumberField("flowTable", lb.flowTable());
        g.writeStringField("mode", lb.mode().id());
        g.writeNumberField("beamerThreshold", lb.beamerThreshold());
        g.writeNumberField("serverIdBits", lb.serverIdBits());
        g.writeArrayFieldStart("backends");
        for (BackendSpec b : lb.backends()) {
            g.writeStartObject();
            g.writeStringField("node", b.node());
            g.writeStringField("address", b.address().toString());
            g.writeNumberField("beamerPort", b.beamerPort());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void link(JsonGenerator g, LinkSpec l) throws IOException {
        g.writeStartObject();
        end(g, "a", l.a());
        end(g, "b", l.b());
        params(g, l.ab());
        if (!l.ba().equals(l.ab())) {
            g.writeObjectFieldStart("ba");
            params(g, l.ba());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void end(JsonGenerator g, String field, LinkEnd e) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("node", e.node());
        if (e.address() != null) {
            g.writeStringField("address", e.address().toString());
        }
        g.writeEndObject();
    }

    private static void params(JsonGenerator g, LinkParams p) throws IOException {
        g.writeStringField("rate", Units.formatRate(p.rate()));
        duration(g, "delay", p.delay());
        g.writeNumberField("loss", p.loss());
        g.writeObjectFieldStart("queue");
        g.writeNumberField("packets", p.queuePackets());
        g.writeNumberField("bytes", p.queueBytes());
        g.writeEndObject();
        g.writeNumberField("framing", p.framing());
    }

    static void routing(JsonGenerator g, RoutingSpec r) throws IOException {
        g.writeObjectFieldStart("routing");
        g.writeBooleanField("automatic", r.automatic());
        g.writeArrayFieldStart("static");
        for (StaticRoute s : r.staticRoutes()) {
            g.writeStartObject();
            g.writeStringField("node", s.node());
            g.writeStringField("prefix", s.prefix().toString());
            g.writeArrayFieldStart("via");
            for (String v : s.via()) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("anycast");
        for (AnycastSpec a : r.anycast()) {
            g.writeStartObject();
            g.writeStringField("router", a.router());
            g.writeStringField("prefix", a.prefix().toString());
            g.writeArrayFieldStart("servers");
            for (String s : a.servers()) {
                g.writeString(s);
            }
            g.writeEndArray();
            duration(g, "convergenceDelay", a.convergenceDelay());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
