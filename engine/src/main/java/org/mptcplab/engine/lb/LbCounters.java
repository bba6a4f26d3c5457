package org.mptcplab.engine.lb;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link LoadBalancer} forwarded, kept whether or not tracing is on (batch mode has no
 * per-packet records). "Data" packets carry at least one payload byte; the others (SYN, pure ACK,
 * FIN, RST) are "control". Balanced = client to VIP; returned = server replies translated back (NAT);
 * routed = packets not for a VIP that the node forwarded as a plain router.
 */
public final class LbCounters {
    private final Map<String, long[]> perBackend = new LinkedHashMap<>();
    private long balancedData;
    private long balancedControl;
    private long returnedData;
    private long returnedControl;
    private long routed;

    void balanced(String backend, boolean data) {
        long[] c = perBackend.computeIfAbsent(backend, b -> new long[2]);
        c[0]++;
        if (data) {
            c[1]++;
            balancedData++;
        } else {
            balancedControl++;
        }
    }

    void returned(boolean data) {
        if (data) {
            returnedData++;
        } else {
            returnedControl++;
        }
    }

    void routed() {
        routed++;
    }

    /** Client packets sent to {@code backend}. */
    public long packetsTo(String backend) {
        long[] c = perBackend.get(backend);
        return c == null ? 0 : c[0];
    }

    /** Client data packets sent to {@code backend}. */
    public long dataPacketsTo(String backend) {
        long[] c = perBackend.get(backend);
        return c == null ? 0 : c[1];
    }

    /** Data packets the balancer handled for its VIPs, both directions. */
    public long dataPackets() {
        return balancedData + returnedData;
    }

    /** Control packets the balancer handled for its VIPs, both directions. */
    public long controlPackets() {
        return balancedControl + returnedControl;
    }

    /** Client packets balanced toward a backend. */
    public long balancedPackets() {
        return balancedData + balancedControl;
    }

    /** Server replies translated back to the VIP (NAT only). */
    public long returnedPackets() {
        return returnedData + returnedControl;
    }

    /** Packets for other destinations, forwarded as a router would. */
    public long routedPackets() {
        return routed;
    }
}
