package org.mptcplab.lessons.scenario;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.scenario.AnycastSpec;
import org.mptcplab.engine.scenario.LinkEnd;
import org.mptcplab.engine.scenario.LinkParams;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.RoutingSpec;
import org.mptcplab.engine.scenario.StaticRoute;

/** Reads {@code links} (with per-direction overrides) and {@code routing}. */
final class LinkReader {
    static final List<String> LINK = List.of("a", "b", "rate", "delay", "loss", "queue", "framing", "ab", "ba");
    static final List<String> DIRECTION = List.of("rate", "delay", "loss", "queue", "framing");
    static final List<String> END = List.of("node", "address");
    static final List<String> QUEUE = List.of("packets", "bytes");
    static final List<String> ROUTING = List.of("automatic", "static", "anycast");
    static final List<String> STATIC = List.of("node", "prefix", "via");
    static final List<String> ANYCAST = List.of("router", "prefix", "servers", "convergenceDelay");

    private LinkReader() {
    }

    static LinkSpec link(Located v, String path) {
        Cursor c = Cursor.of(v, path, LINK);
        LinkEnd a = end(c, "a");
        LinkEnd b = end(c, "b");
        LinkParams both = params(c, null);
        LinkParams ab = c.has("ab") ? params(c.object("ab", DIRECTION), both) : both;
        LinkParams ba = c.has("ba") ? params(c.object("ba", DIRECTION), both) : both;
        return new LinkSpec(a, b, ab, ba);
    }

    /** A link end: {@code "client"} or {@code {"node": "client", "address": "192.0.2.1"}}. */
    private static LinkEnd end(Cursor c, String field) {
        Located v = c.required(field);
        if (v.kind() == Located.Kind.STRING) {
            return new LinkEnd(v.text(), null);
        }
        Cursor e = Cursor.of(v, c.path(field), END);
        return new LinkEnd(e.string("node"), e.address("address", null));
    }

    /** Parameters of the object under {@code c}, each falling back to {@code base} (required when base is null). */
    private static LinkParams params(Cursor c, LinkParams base) {
        long rate = base == null || c.has("rate") ? c.rate("rate") : base.rate();
        long delay = base == null || c.has("delay") ? c.duration("delay", 0) : base.delay();
        double loss = c.probability("loss", base == null ? 0.0 : base.loss());
        int packets = base == null ? LinkConfig.DEFAULT_QUEUE_PACKETS : base.queuePackets();
        long bytes = base == null ? 0 : base.queueBytes();
        if (c.has("queue")) {
            Located q = c.required("queue");
            if (q.kind() == Located.Kind.NUMBER) {
                packets = (int) Cursor.integer(q, c.path("queue"), 0, Integer.MAX_VALUE);
                bytes = 0;
            } else {
                Cursor qc = Cursor.of(q, c.path("queue"), QUEUE);
                packets = (int) qc.integer("packets", 0, 0, Integer.MAX_VALUE);
                bytes = qc.bytes("bytes", 0, 0);
            }
        }
        int framing = (int) c.integer("framing", base == null ? 0 : base.framing(), 0, 1000);
        return new LinkParams(rate, delay, loss, packets, bytes, framing);
    }

    static RoutingSpec routing(Located v, String path) {
        Cursor c = Cursor.of(v, path, ROUTING);
        List<StaticRoute> routes = new ArrayList<>();
        List<Located> items = c.array("static");
        for (int i = 0; i < items.size(); i++) {
            Cursor r = Cursor.of(items.get(i), c.path("static") + "[" + i + "]", STATIC);
            String node = r.string("node");
            routes.add(new StaticRoute(node, r.prefix("prefix"), names(r, "via")));
        }
        List<AnycastSpec> anycast = new ArrayList<>();
        items = c.array("anycast");
        for (int i = 0; i < items.size(); i++) {
            Cursor a = Cursor.of(items.get(i), c.path("anycast") + "[" + i + "]", ANYCAST);
            String router = a.string("router");
            anycast.add(new AnycastSpec(router, a.prefix("prefix"), names(a, "servers"),
                    a.duration("convergenceDelay", 0, 0)));
        }
        return new RoutingSpec(c.bool("automatic", true), routes, anycast);
    }

    /** A non-empty list of names; a single string is a list of one. */
    static List<String> names(Cursor c, String field) {
        c.required(field);
        List<Located> items = c.list(field);
        if (items.isEmpty()) {
            throw c.error(field, "needs at least one name");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            names.add(Cursor.text(items.get(i), c.path(field) + "[" + i + "]"));
        }
        return names;
    }
}
