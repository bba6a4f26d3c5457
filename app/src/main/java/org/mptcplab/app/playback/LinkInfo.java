package org.mptcplab.app.playback;

/**
 * A point-to-point link as the views draw it.
 *
 * @param name       link name ({@code a-b})
 * @param a          first node
 * @param aIface     interface name on {@code a}
 * @param b          second node
 * @param bIface     interface name on {@code b}
 * @param rateBps    rate from a to b, bit/s
 * @param delayNanos propagation delay from a to b
 * @param aAddress   the address of {@code a}'s interface on this link, or "" when it has none
 * @param bAddress   the same for {@code b}
 */
public record LinkInfo(String name, String a, String aIface, String b, String bIface, long rateBps, long delayNanos,
        String aAddress, String bAddress) {

    /** A link whose interfaces carry no address (a DSR leg, say). */
    public LinkInfo(String name, String a, String aIface, String b, String bIface, long rateBps, long delayNanos) {
        this(name, a, aIface, b, bIface, rateBps, delayNanos, "", "");
    }

    /** "1 Gbit/s · 5 ms" style label. */
    public String label() {
        return rateText(rateBps) + " · " + delayText(delayNanos);
    }

    /** The node at the other end from {@code node}, or null when {@code node} is not on this link. */
    public String peerOf(String node) {
        if (node.equals(a)) {
            return b;
        }
        return node.equals(b) ? a : null;
    }

    private static String rateText(long bps) {
        if (bps >= 1_000_000_000L && bps % 1_000_000_000L == 0) {
            return bps / 1_000_000_000L + " Gbit/s";
        }
        if (bps >= 1_000_000L) {
            return trim(bps / 1e6) + " Mbit/s";
        }
        return trim(bps / 1e3) + " kbit/s";
    }

    private static String delayText(long ns) {
        return ns >= 1_000_000L ? trim(ns / 1e6) + " ms" : trim(ns / 1e3) + " µs";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
