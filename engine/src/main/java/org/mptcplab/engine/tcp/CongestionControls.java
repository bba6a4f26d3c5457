package org.mptcplab.engine.tcp;

import java.util.List;
import java.util.Locale;

/** The built-in congestion control policies, by name. */
public final class CongestionControls {
    private CongestionControls() {}

    /** NewReno as in ns-3 3.37: slow start adds one MSS per ACK that covers at least one segment. */
    public static CongestionControlFactory newReno() {
        return () -> new NewReno(false);
    }

    /** NewReno with RFC 3465 byte counting in slow start (Linux-like growth with delayed ACKs). */
    public static CongestionControlFactory newRenoByteCounting() {
        return () -> new NewReno(true);
    }

    /** CUBIC (RFC 9438) with its Reno-friendly region. */
    public static CongestionControlFactory cubic() {
        return () -> new Cubic(true);
    }

    /** CUBIC without the Reno-friendly region, as ns-3 3.37 implements it. */
    public static CongestionControlFactory cubicNs3() {
        return () -> new Cubic(false);
    }

    /** Names accepted by {@link #byName}. */
    public static List<String> names() {
        return List.of("newreno", "newreno-abc", "cubic", "cubic-ns3");
    }

    /**
     * The factory called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static CongestionControlFactory byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "newreno", "reno" -> newReno();
            case "newreno-abc" -> newRenoByteCounting();
            case "cubic" -> cubic();
            case "cubic-ns3" -> cubicNs3();
            default -> throw new IllegalArgumentException(
                    "unknown congestion control '" + name + "', expected one of " + names());
        };
    }
}
