package org.mptcplab.lessons.scenario;

import java.util.List;
import org.mptcplab.engine.apps.BulkSender;
import org.mptcplab.engine.scenario.AppSpec;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.Direction;
import org.mptcplab.engine.scenario.DropSpec;
import org.mptcplab.engine.scenario.EventAction;
import org.mptcplab.engine.scenario.EventSpec;
import org.mptcplab.engine.scenario.FaultSpec;
import org.mptcplab.engine.scenario.LinkDownSpec;
import org.mptcplab.engine.scenario.MatchSpec;
import org.mptcplab.engine.scenario.Protocol;
import org.mptcplab.engine.scenario.ReconnectingSpec;
import org.mptcplab.engine.scenario.RequestResponseSpec;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.IpAddress;

/** Reads {@code applications}, {@code faults} and {@code events}. */
final class WorkloadReader {
    static final List<String> APP_TYPES = List.of("bulk", "requestResponse", "reconnecting");
    static final List<String> BULK = List.of("type", "name", "from", "to", "protocol", "start", "direction", "bytes",
            "duration", "sourcePort", "joinSourcePort");
    static final List<String> REQUEST_RESPONSE = List.of("type", "name", "from", "to", "protocol", "start", "requests",
            "requestSize", "responseSize");
    static final List<String> RECONNECTING = List.of("type", "name", "from", "to", "protocol", "start", "count",
            "stagger", "reconnectDelay");
    static final List<String> FAULT_TYPES = List.of("dropNth", "linkDown");
    static final List<String> DROP = List.of("type", "link", "sender", "node", "match", "n", "count");
    static final List<String> LINK_DOWN = List.of("type", "link", "from", "until");
    static final List<String> EVENT = List.of("at", "every", "until", "action", "node", "server", "prefix");

    /** Default reconnect delay of reconnecting clients. */
    static final long DEFAULT_RECONNECT = Time.millis(100);

    private WorkloadReader() {
    }

    static AppSpec application(Located v, String path, int index) {
        String type = type(v, path, APP_TYPES);
        Cursor c = Cursor.of(v, path, switch (type) {
            case "bulk" -> BULK;
            case "requestResponse" -> REQUEST_RESPONSE;
            default -> RECONNECTING;
        });
        String name = c.string("name", type + index);
        if (name.isBlank()) {
            throw c.error("name", "application name must not be blank");
        }
        String from = c.string("from");
        Located toValue = c.required("to");
        IpAddress to = endpointAddress(toValue, c.path("to"));
        int port = endpointPort(toValue, c.path("to"));
        Protocol protocol = c.choice("protocol", Protocol.class, Protocol.TCP);
        long start = c.duration("start", 0, 0);
        switch (type) {
            case "bulk": {
                if (c.has("bytes") == c.has("duration")) {
                    throw c.error(c.has("bytes") ? "duration" : "bytes",
                            "a bulk transfer needs exactly one of \"bytes\" and \"duration\"");
                }
                long bytes = c.bytes("bytes", 0, 1);
                if (bytes >= BulkSender.UNLIMITED) {
                    throw c.error("bytes", "transfer size too large");
                }
                if (c.has("joinSourcePort") && protocol != Protocol.MPTCP) {
                    throw c.error("joinSourcePort", "\"joinSourcePort\" needs \"protocol\": \"mptcp\" (only MPTCP"
                            + " opens a JOIN)");
                }
                return new BulkSpec(name, from, to, port, start, protocol,
                        c.choice("direction", Direction.class, Direction.DOWNLOAD), bytes,
                        c.duration("duration", 0, 1), (int) c.integer("sourcePort", 0, 1, 0xFFFF),
                        (int) c.integer("joinSourcePort", 0, 1, 0xFFFF));
            }
            case "requestResponse":
                return new RequestResponseSpec(name, from, to, port, start, protocol,
                        (int) c.integer("requests", 1, 1, 1_000_000), c.bytes("requestSize", 1),
                        c.bytes("responseSize", 1));
            default:
                return new ReconnectingSpec(name, from, to, port, start, protocol,
                        (int) c.integer("count", 1, 1, 10_000),
                        c.duration("stagger", 0, 0), c.duration("reconnectDelay", DEFAULT_RECONNECT, 0));
        }
    }

    /** {@code "1.2.3.4:80"} or {@code "[2001:db8::1]:80"}: the address part. */
    static IpAddress endpointAddress(Located v, String path) {
        String text = Cursor.text(v, path).strip();
        int colon = text.startsWith("[") ? text.indexOf("]:") + 1 : text.lastIndexOf(':');
        if (colon <= 0 || (!text.startsWith("[") && text.indexOf(':') != colon)) {
            throw Cursor.at(v, path, "expected address:port such as 1.2.3.4:80 or [2001:db8::1]:80, got \"" + text
                    + "\"");
        }
        String host = text.startsWith("[") ? text.substring(1, colon - 1) : text.substring(0, colon);
        try {
            return IpAddress.parse(host);
        } catch (IllegalArgumentException e) {
            throw Cursor.at(v, path, "bad IP address \"" + host + "\" in \"" + text + "\"");
        }
    }

    static int endpointPort(Located v, String path) {
        String text = v.text().strip();
        String port = text.substring(text.lastIndexOf(':') + 1);
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)
                || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 0xFFFF) {
            throw Cursor.at(v, path, "bad port \"" + port + "\" in \"" + text + "\" (expected 1..65535)");
        }
        return Integer.parseInt(port);
    }

    static FaultSpec fault(Located v, String path) {
        String type = type(v, path, FAULT_TYPES);
        if (type.equals("linkDown")) {
            Cursor c = Cursor.of(v, path, LINK_DOWN);
            String link = c.string("link");
            long from = c.duration("from", 0);
            long until = c.duration("until", 0);
            if (until <= from) {
                throw c.error("until", "must be after \"from\"");
            }
            return new LinkDownSpec(link, from, until);
        }
        Cursor c = Cursor.of(v, path, DROP);
        if (c.has("link") == c.has("node")) {
            throw c.error(c.has("link") ? "node" : "link",
                    "a dropNth fault needs exactly one of \"link\" and \"node\"");
        }
        if (c.has("sender") && !c.has("link")) {
            throw c.error("sender", "\"sender\" only applies to a link");
        }
        MatchSpec match = c.has("match") ? MatchReader.match(c.required("match"), c.path("match")) : MatchSpec.ANY;
        return new DropSpec(c.string("link", null), c.string("sender", null), c.string("node", null), match,
                c.integer("n", 1, 1, Long.MAX_VALUE), c.integer("count", 1, 1, Long.MAX_VALUE));
    }

    static EventSpec event(Located v, String path, long duration) {
        Cursor c = Cursor.of(v, path, EVENT);
        long at = c.duration("at", 0);
        long every = c.duration("every", 0, 1);
        if (c.has("until") && !c.has("every")) {
            throw c.error("until", "\"until\" only applies to a repeated event (give \"every\")");
        }
        long until = c.duration("until", duration, 0);
        EventAction action = c.choice("action", EventAction.class);
        return new EventSpec(at, every, until, action, c.string("node"), c.string("server"),
                c.has("prefix") ? c.prefix("prefix") : null);
    }

    private static String type(Located v, String path, List<String> types) {
        if (v.kind() != Located.Kind.OBJECT) {
            throw Cursor.at(v, path, "expected an object, got " + v.describe());
        }
        Located t = v.fields().get("type");
        if (t == null) {
            throw Cursor.at(v, path + ".type", "missing required field \"type\" (" + String.join(", ", types) + ")");
        }
        String type = Cursor.text(t, path + ".type");
        if (!types.contains(type)) {
            throw Cursor.at(t, path + ".type", "unknown type \"" + type + "\" " + Suggestions.hint(type, types));
        }
        return type;
    }
}
