package org.mptcplab.engine.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv6Address;

/**
 * One prefix of a {@link RoutingTable} with its next hops: one for a plain route, several for an
 * ECMP group. The prefix mask is precomputed so that matching an address is a few integer operations
 * with no allocation (it runs for every packet at every hop).
 */
public final class RouteEntry {
    /** Most specific first, then IPv4 before IPv6, then by address: the lookup order. */
    static final Comparator<RouteEntry> LOOKUP_ORDER = Comparator
            .comparingInt((RouteEntry e) -> -e.prefix.length())
            .thenComparing(e -> e.prefix.address());

    private final IpPrefix prefix;
    private final List<NextHop> nextHops = new ArrayList<>();
    private final List<NextHop> nextHopsView = Collections.unmodifiableList(nextHops);
    private final boolean v4;
    private final int mask4;
    private final int net4;
    private final long maskHigh;
    private final long maskLow;
    private final long netHigh;
    private final long netLow;
    private NextHopSelector selector;

    RouteEntry(IpPrefix prefix) {
        this.prefix = prefix;
        int len = prefix.length();
        if (prefix.address() instanceof Ipv4Address a) {
            v4 = true;
            mask4 = len == 0 ? 0 : -1 << (32 - len);
            net4 = a.value() & mask4;
            maskHigh = maskLow = netHigh = netLow = 0;
        } else {
            Ipv6Address a = (Ipv6Address) prefix.address();
            v4 = false;
            mask4 = net4 = 0;
            maskHigh = len == 0 ? 0 : len >= 64 ? -1L : -1L << (64 - len);
            maskLow = len <= 64 ? 0 : len == 128 ? -1L : -1L << (128 - len);
            netHigh = a.high() & maskHigh;
            netLow = a.low() & maskLow;
        }
    }

    /** The destination prefix. */
    public IpPrefix prefix() {
        return prefix;
    }

    /** Next hops in the order they were announced (never empty while the entry is in a table). */
    public List<NextHop> nextHops() {
        return nextHopsView;
    }

    /** The selector set for this prefix, or {@code null} when it uses the table's default. */
    public NextHopSelector selector() {
        return selector;
    }

    /** True when {@code address} falls inside the prefix (same family, leading bits equal). */
    public boolean matches(IpAddress address) {
        if (address instanceof Ipv4Address a) {
            return v4 && (a.value() & mask4) == net4;
        }
        Ipv6Address a = (Ipv6Address) address;
        return !v4 && (a.high() & maskHigh) == netHigh && (a.low() & maskLow) == netLow;
    }

    void setSelector(NextHopSelector newSelector) {
        selector = newSelector;
    }

    boolean addNextHop(NextHop hop) {
        if (nextHops.contains(hop)) {
            return false;
        }
        return nextHops.add(hop);
    }

    boolean removeNextHop(NextHop hop) {
        return nextHops.remove(hop);
    }

    List<String> nextHopNames() {
        List<String> names = new ArrayList<>(nextHops.size());
        for (NextHop h : nextHops) {
            names.add(h.toString());
        }
        return names;
    }

    @Override
    public String toString() {
        return prefix + " " + nextHops;
    }
}
