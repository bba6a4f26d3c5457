package org.mptcplab.lessons.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mptcplab.engine.scenario.FirewallAction;
import org.mptcplab.engine.scenario.FirewallRuleSpec;
import org.mptcplab.engine.scenario.FirewallSpec;
import org.mptcplab.engine.scenario.MatchSpec;
import org.mptcplab.engine.scenario.OptionKind;
import org.mptcplab.engine.wire.TcpFlags;

/** Reads packet matches (for faults and firewall rules) and firewalls. */
final class MatchReader {
    static final List<String> MATCH = List.of("flags", "option", "from", "to", "fromPort", "toPort", "payload");
    static final List<String> FIREWALL = List.of("default", "rules");
    static final List<String> RULE = List.of("action", "match", "established", "knownToken");
    static final List<String> FLAG_NAMES = List.of("FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR");

    private MatchReader() {
    }

    static MatchSpec match(Located v, String path) {
        Cursor c = Cursor.of(v, path, MATCH);
        int set = 0;
        int clear = 0;
        List<Located> flags = c.list("flags");
        for (int i = 0; i < flags.size(); i++) {
            String p = c.path("flags") + "[" + i + "]";
            String text = Cursor.text(flags.get(i), p).strip();
            boolean negated = text.startsWith("!");
            String name = (negated ? text.substring(1) : text).toUpperCase(Locale.ROOT);
            int bit = FLAG_NAMES.indexOf(name);
            if (bit < 0) {
                throw Cursor.at(flags.get(i), p, "unknown TCP flag \"" + text + "\" " + Suggestions.hint(name,
                        FLAG_NAMES) + "; prefix a flag with ! to require it clear");
            }
            if (negated) {
                clear |= 1 << bit;
            } else {
                set |= 1 << bit;
            }
        }
        if ((set & clear) != 0) {
            throw c.error("flags", "flag " + TcpFlags.toString(set & clear) + " is required both set and clear");
        }
        return new MatchSpec(set, clear, c.choice("option", OptionKind.class, null), c.address("from", null),
                c.address("to", null), (int) c.integer("fromPort", 0, 1, 0xFFFF),
                (int) c.integer("toPort", 0, 1, 0xFFFF),
                c.has("payload") ? c.bool("payload", false) : null);
    }

    static FirewallSpec firewall(Located v, String path) {
        Cursor c = Cursor.of(v, path, FIREWALL);
        FirewallAction fallback = c.choice("default", FirewallAction.class, FirewallAction.ACCEPT);
        List<FirewallRuleSpec> rules = new ArrayList<>();
        List<Located> items = c.array("rules");
        for (int i = 0; i < items.size(); i++) {
            String p = c.path("rules") + "[" + i + "]";
            Cursor r = Cursor.of(items.get(i), p, RULE);
            FirewallAction action = r.choice("action", FirewallAction.class);
            MatchSpec match = r.has("match") ? match(r.required("match"), r.path("match")) : MatchSpec.ANY;
            rules.add(new FirewallRuleSpec(action, match, r.bool("established", false), r.bool("knownToken", false)));
        }
        return new FirewallSpec(rules, fallback);
    }
}
