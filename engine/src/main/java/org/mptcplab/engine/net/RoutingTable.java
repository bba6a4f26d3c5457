package org.mptcplab.engine.net;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Packet;

/**
 * A node's routes: longest-prefix match (RFC 1812 §5.2.4.3) over IPv4 and IPv6 prefixes, where
 * each prefix holds one or more next hops (an ECMP group) and a {@link NextHopSelector} picks one per
 * packet. A default route is the prefix {@code 0.0.0.0/0} (or {@code ::/0}).
 *
 * <p>Routes may be announced and withdrawn while the simulation runs; each change publishes a
 * {@link RouteChange} when tracing is on. Entries are kept sorted most specific first, so a lookup is a
 * scan that stops at the first match; tables here hold a handful of routes, where this beats a trie.
 */
public final class RoutingTable {
    private final Node owner;
    private RouteEntry[] entries = new RouteEntry[0];
    private final Map<IpPrefix, NextHopSelector> selectors = new LinkedHashMap<>();
    private NextHopSelector defaultSelector = NextHopSelector.first();

    RoutingTable(Node owner) {
        this.owner = owner;
    }

    /** Announces {@code prefix} directly out of {@code iface}. */
    public RouteEntry add(IpPrefix prefix, NetInterface iface) {
        return add(prefix, NextHop.via(iface));
    }

    /** Announces {@code prefix} via the neighbour {@code gateway} on {@code iface}. */
    public RouteEntry add(IpPrefix prefix, NetInterface iface, IpAddress gateway) {
        return add(prefix, new NextHop(iface, gateway));
    }

    /**
     * Announces {@code prefix} via {@code hop}. If the prefix is already routed, the hop joins its
     * next-hop group (ECMP); announcing a hop the group already has changes nothing.
     *
     * @return the entry for the prefix
     */
    public RouteEntry add(IpPrefix prefix, NextHop hop) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(hop, "hop");
        if (hop.iface().node() != owner) {
            throw new IllegalArgumentException(hop.iface() + " is not an interface of " + owner.name());
        }
        RouteEntry entry = find(prefix);
        if (entry == null) {
            entry = new RouteEntry(prefix);
            entry.setSelector(selectors.get(prefix));
            RouteEntry[] grown = Arrays.copyOf(entries, entries.length + 1);
            grown[entries.length] = entry;
            Arrays.sort(grown, RouteEntry.LOOKUP_ORDER);
            entries = grown;
        }
        if (entry.addNextHop(hop)) {
            publish(entry, RouteChange.Action.ANNOUNCED, hop);
        }
        return entry;
    }

    /**
     * Withdraws one next hop of {@code prefix}; the prefix disappears with its last next hop.
     *
     * @return false when the prefix had no such next hop
     */
    public boolean remove(IpPrefix prefix, NextHop hop) {
        RouteEntry entry = find(prefix);
        if (entry == null || !entry.removeNextHop(hop)) {
            return false;
        }
        if (entry.nextHops().isEmpty()) {
            dropEntry(entry);
        }
        publish(entry, RouteChange.Action.WITHDRAWN, hop);
        return true;
    }

    /**
     * Withdraws {@code prefix} with all its next hops.
     *
     * @return false when the prefix was not routed
     */
    public boolean removeAll(IpPrefix prefix) {
        RouteEntry entry = find(prefix);
        if (entry == null) {
            return false;
        }
        dropEntry(entry);
        String detail = String.join(", ", entry.nextHopNames());
        while (!entry.nextHops().isEmpty()) {
            entry.removeNextHop(entry.nextHops().get(0));
        }
        publishDetail(entry, RouteChange.Action.WITHDRAWN, detail);
        return true;
    }

    /**
     * Uses {@code selector} for {@code prefix} instead of the table default. The choice belongs to the
     * prefix, not to its current entry: it may be made before the prefix is announced and survives a
     * withdrawal of every next hop followed by a new announcement.
     */
    public void setSelector(IpPrefix prefix, NextHopSelector selector) {
        selectors.put(Objects.requireNonNull(prefix, "prefix"), Objects.requireNonNull(selector, "selector"));
        RouteEntry entry = find(prefix);
        if (entry != null) {
            entry.setSelector(selector);
        }
    }

    /** Selector for every prefix that has none of its own; {@link NextHopSelector#first()} initially. */
    public void setDefaultSelector(NextHopSelector selector) {
        defaultSelector = Objects.requireNonNull(selector, "selector");
    }

    /** The selector used for prefixes without their own. */
    public NextHopSelector defaultSelector() {
        return defaultSelector;
    }

    /** The most specific entry containing {@code destination}, or {@code null}. */
    public RouteEntry lookup(IpAddress destination) {
        for (RouteEntry e : entries) {
            if (e.matches(destination)) {
                return e;
            }
        }
        return null;
    }

    /** The next hop for {@code packet}: longest match on its destination, then the selector; {@code null} if unrouted. */
    public NextHop select(Packet packet) {
        RouteEntry entry = lookup(packet.dst());
        return entry == null ? null : select(entry, packet);
    }

    /** The next hop the selector of {@code entry} picks for {@code packet}. */
    public NextHop select(RouteEntry entry, Packet packet) {
        NextHopSelector s = entry.selector() != null ? entry.selector() : defaultSelector;
        return s.select(packet, entry.nextHops());
    }

    /** The entry for exactly {@code prefix}, or {@code null}. */
    public RouteEntry find(IpPrefix prefix) {
        for (RouteEntry e : entries) {
            if (e.prefix().equals(prefix)) {
                return e;
            }
        }
        return null;
    }

    /** All entries, most specific first. */
    public List<RouteEntry> entries() {
        return List.of(entries);
    }

    private void dropEntry(RouteEntry entry) {
        RouteEntry[] kept = new RouteEntry[entries.length - 1];
        int k = 0;
        for (RouteEntry e : entries) {
            if (e != entry) {
                kept[k++] = e;
            }
        }
        entries = kept;
    }

    private void publish(RouteEntry entry, RouteChange.Action action, NextHop hop) {
        publishDetail(entry, action, hop.toString());
    }

    private void publishDetail(RouteEntry entry, RouteChange.Action action, String detail) {
        TraceBus trace = owner.trace();
        if (trace.enabled()) {
            trace.publish(new RouteChange(owner.simulator().now(), owner.name(), entry.prefix(),
                    entry.nextHopNames(), action, detail));
        }
    }
}
