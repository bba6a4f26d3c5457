package org.mptcplab.engine.scenario.run;

import java.util.List;

/** A tiny append-only JSON object builder: fields in call order, strings escaped per RFC 8259 §7. */
final class Json {
    private final StringBuilder sb;
    private boolean first = true;

    Json(StringBuilder sb) {
        this.sb = sb;
        sb.append('{');
    }

    private StringBuilder key(String name) {
        if (!first) {
            sb.append(',');
        }
        first = false;
        quote(sb, name);
        return sb.append(':');
    }

    Json num(String name, long value) {
        key(name).append(value);
        return this;
    }

    Json str(String name, String value) {
        if (value == null) {
            key(name).append("null");
        } else {
            quote(key(name), value);
        }
        return this;
    }

    Json bool(String name, boolean value) {
        key(name).append(value);
        return this;
    }

    Json strings(String name, List<String> values) {
        key(name).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            quote(sb, values.get(i));
        }
        sb.append(']');
        return this;
    }

    void end() {
        sb.append('}');
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
