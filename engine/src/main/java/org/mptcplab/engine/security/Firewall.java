package org.mptcplab.engine.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.NetInterface;
import org.mptcplab.engine.net.PacketFilter;
import org.mptcplab.engine.net.PacketMatch;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;

/**
 * A host firewall (the INPUT chain): rules evaluated in order, the first match decides, otherwise
 * the default verdict. Each rule counts its hits whether or not tracing is on; logged rules publish
 * {@link NodeEvent} FIREWALL_ACCEPT / FIREWALL_DROP with the rule as detail. Accepted opening SYNs
 * start tracked flows, which {@link #established()} matches.
 *
 * <p>The talk's rule for a server's public unique address, "accept only SYN + MP_JOIN with a known
 * token, and packets of established subflows":
 * <pre>
 *   fw.acceptEstablished()
 *     .accept("join", PacketMatch.to(unique).and(FirewallMatches.joinWithKnownToken(stack::hasToken)))
 *     .drop("unique-other", PacketMatch.to(unique));
 * </pre>
 */
public final class Firewall implements PacketFilter {
    /** Flows tracked at most by default. */
    public static final int DEFAULT_CONNTRACK_CAPACITY = 1 << 16;

    private final Host host;
    private final Verdict defaultVerdict;
    private final ConnTrack conntrack = new ConnTrack(DEFAULT_CONNTRACK_CAPACITY);
    private final List<FirewallRule> rules = new ArrayList<>();
    private long[] hits = new long[0];
    private long defaultHits;

    /** A firewall for {@code host} with no rules yet; not installed (see {@link #install}). */
    public Firewall(Host host, Verdict defaultVerdict) {
        this.host = Objects.requireNonNull(host, "host");
        this.defaultVerdict = Objects.requireNonNull(defaultVerdict, "defaultVerdict");
    }

    /** A new firewall installed as {@code host}'s packet filter. */
    public static Firewall install(Host host, Verdict defaultVerdict) {
        Firewall firewall = new Firewall(host, defaultVerdict);
        host.setFilter(firewall);
        return firewall;
    }

    /** Appends a rule; returns this for chaining. */
    public Firewall append(FirewallRule rule) {
        Objects.requireNonNull(rule, "rule");
        for (FirewallRule r : rules) {
            if (r.name().equals(rule.name())) {
                throw new IllegalArgumentException("duplicate firewall rule " + rule.name());
            }
        }
        rules.add(rule);
        hits = Arrays.copyOf(hits, rules.size());
        return this;
    }

    /** Appends a logged ACCEPT rule. */
    public Firewall accept(String name, PacketMatch match) {
        return append(new FirewallRule(name, match, Verdict.ACCEPT, true));
    }

    /** Appends a logged DROP rule. */
    public Firewall drop(String name, PacketMatch match) {
        return append(new FirewallRule(name, match, Verdict.DROP, true));
    }

    /** Appends the quiet rule "established": accept packets of tracked flows. */
    public Firewall acceptEstablished() {
        return append(new FirewallRule("established", established(), Verdict.ACCEPT, false));
    }

    /** Matches packets of flows whose opening SYN this firewall accepted. */
    public PacketMatch established() {
        return PacketMatch.named("established flow", conntrack::isEstablished);
    }

    /** The rules in evaluation order. */
    public List<FirewallRule> rules() {
        return List.copyOf(rules);
    }

    /** Packets the rule called {@code name} decided. */
    public long hits(String name) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).name().equals(name)) {
                return hits[i];
            }
        }
        throw new IllegalArgumentException("no firewall rule " + name);
    }

    /** Packets no rule matched (decided by the default verdict). */
    public long defaultHits() {
        return defaultHits;
    }

    /** The connection tracker. */
    public ConnTrack conntrack() {
        return conntrack;
    }

    @Override
    public boolean accept(Packet packet, NetInterface in) {
        for (int i = 0; i < rules.size(); i++) {
            FirewallRule rule = rules.get(i);
            if (rule.match().test(packet)) {
                hits[i]++;
                return decide(packet, rule.verdict(), rule.logged(), rule);
            }
        }
        defaultHits++;
        return decide(packet, defaultVerdict, defaultVerdict == Verdict.DROP, null);
    }

    /** {@code rule} is null for the default verdict; the event text is built only when it is published. */
    private boolean decide(Packet packet, Verdict verdict, boolean logged, FirewallRule rule) {
        boolean accepted = verdict == Verdict.ACCEPT;
        if (accepted) {
            conntrack.accepted(packet);
        }
        TraceBus trace = host.trace();
        if (logged && trace.enabled()) {
            trace.publish(new NodeEvent(host.simulator().now(), host.name(),
                    accepted ? NodeEvent.Kind.FIREWALL_ACCEPT : NodeEvent.Kind.FIREWALL_DROP,
                    (rule == null ? "default -> " + verdict : rule.toString()) + " [" + FiveTuple.of(packet) + "]"));
        }
        return accepted;
    }
}
