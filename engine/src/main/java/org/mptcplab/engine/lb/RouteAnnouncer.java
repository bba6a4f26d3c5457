package org.mptcplab.engine.lb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.NextHopSelector;
import org.mptcplab.engine.net.Node;
import org.mptcplab.engine.net.RouteEntry;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * Anycast as routing sees it: several speakers (servers) announce the same prefix, e.g. 1.2.3.4/32,
 * to one router, which keeps one next hop per announcing speaker in an ECMP group. A speaker may
 * withdraw and re-announce at scheduled times (maintenance); the router's group changes only after
 * the convergence delay, as a routing protocol would take to propagate it.
 *
 * <p>Two {@link RouteChange} events per change: one on the speaker when it acts (nextHops = the
 * speakers announcing after the act), and the router's own ANNOUNCED / WITHDRAWN when its table
 * changes. A withdrawn server stays up and reachable by its unique address: only the anycast route
 * goes. Simplified: no routing protocol messages, a single router, the same delay for every change.
 */
public final class RouteAnnouncer {
    private final Node router;
    private final IpPrefix prefix;
    private final long convergenceDelay;
    private final Map<String, NextHop> speakers = new LinkedHashMap<>();
    private final Map<String, Boolean> announcing = new LinkedHashMap<>();
    private EcmpSelector ecmp;

    /**
     * @param router           the router whose routing table holds the anycast route
     * @param prefix           the anycast prefix
     * @param convergenceDelay nanoseconds between a speaker's act and the router's table change
     */
    public RouteAnnouncer(Node router, IpPrefix prefix, long convergenceDelay) {
        this.router = Objects.requireNonNull(router, "router");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        if (convergenceDelay < 0) {
            throw new IllegalArgumentException("convergence delay must not be negative: " + convergenceDelay);
        }
        this.convergenceDelay = convergenceDelay;
    }

    /**
     * Makes {@code selector} the router's ECMP policy for the prefix and keeps it informed of every
     * group change, including the prefix vanishing with its last next hop.
     */
    public void useSelector(EcmpSelector selector) {
        ecmp = Objects.requireNonNull(selector, "selector");
        router.routes().setSelector(prefix, selector);
    }

    /** Registers {@code speaker}, reached from the router by {@code hop}, and installs its route at once. */
    public void addSpeaker(String speaker, NextHop hop) {
        Objects.requireNonNull(hop, "hop");
        if (speakers.containsKey(speaker)) {
            throw new IllegalArgumentException("duplicate speaker " + speaker);
        }
        speakers.put(speaker, hop);
        announcing.put(speaker, true);
        apply(speaker, true);
    }

    /** The speakers whose announcement stands, in registration order (the router may lag behind). */
    public List<String> announcing() {
        List<String> names = new ArrayList<>();
        announcing.forEach((name, on) -> {
            if (on) {
                names.add(name);
            }
        });
        return names;
    }

    /** The delay between a speaker's act and the router's change, in nanoseconds. */
    public long convergenceDelay() {
        return convergenceDelay;
    }

    /** {@code speaker} withdraws its announcement at absolute time {@code at}. */
    public void withdrawAt(String speaker, long at) {
        requireSpeaker(speaker);
        router.simulator().scheduleAt(at, () -> act(speaker, false));
    }

    /** {@code speaker} announces again at absolute time {@code at}. */
    public void announceAt(String speaker, long at) {
        requireSpeaker(speaker);
        router.simulator().scheduleAt(at, () -> act(speaker, true));
    }

    /**
     * A maintenance cycle: {@code speaker} withdraws at {@code first}, {@code first + period}, ... while
     * before {@code until}, and announces again {@code downFor} after each withdrawal.
     */
    public void maintenance(String speaker, long first, long downFor, long period, long until) {
        if (downFor <= 0 || period <= downFor) {
            throw new IllegalArgumentException("need 0 < downFor < period, got " + Time.format(downFor) + " and "
                    + Time.format(period));
        }
        for (long t = first; t < until; t += period) {
            withdrawAt(speaker, t);
            announceAt(speaker, t + downFor);
        }
    }

    private void act(String speaker, boolean announce) {
        if (announcing.get(speaker) == announce) {
            return;
        }
        announcing.put(speaker, announce);
        TraceBus trace = router.trace();
        if (trace.enabled()) {
            trace.publish(new RouteChange(router.simulator().now(), speaker, prefix, announcing(),
                    announce ? RouteChange.Action.ANNOUNCED : RouteChange.Action.WITHDRAWN,
                    "to " + router.name() + ", converges in " + Time.format(convergenceDelay)));
        }
        router.simulator().schedule(convergenceDelay, () -> apply(speaker, announce));
    }

    private void apply(String speaker, boolean announce) {
        NextHop hop = speakers.get(speaker);
        if (announce) {
            router.routes().add(prefix, hop);
        } else {
            router.routes().remove(prefix, hop);
        }
        RouteEntry entry = router.routes().find(prefix);
        List<NextHop> group = entry == null ? List.of() : entry.nextHops();
        NextHopSelector selector = ecmp != null ? ecmp
                : entry != null && entry.selector() != null ? entry.selector() : router.routes().defaultSelector();
        if (selector instanceof EcmpSelector e) {
            e.sync(group);
        }
    }

    private void requireSpeaker(String speaker) {
        if (!speakers.containsKey(speaker)) {
            throw new IllegalArgumentException("no speaker " + speaker + " for " + prefix);
        }
    }
}
