package org.mptcplab.engine.tcp;

import java.util.Arrays;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/**
 * The connections a stack's last segments matched, tried before its 5-tuple table.
 *
 * <p>Why: looking a segment up in the table needs a new {@link FiveTuple} key per segment, one of the
 * largest allocations of a long run. Entries are scanned by port pair, then addresses; replacement is
 * round-robin. The owner clears it whenever the table changes, so a hit always is what the table holds.
 */
final class RecentConnections {
    private static final int SIZE = 16;

    private final int[] ports = new int[SIZE];
    private final TcpConnection[] connections = new TcpConnection[SIZE];
    private int next;

    /** The remembered connection whose local-first flow is (local, remote, localPort, remotePort), or null. */
    TcpConnection find(IpAddress local, IpAddress remote, int localPort, int remotePort) {
        int key = localPort << 16 | remotePort;
        for (int i = 0; i < SIZE; i++) {
            TcpConnection c = connections[i];
            if (c != null && ports[i] == key) {
                FiveTuple f = c.flow();
                if (f.src().equals(local) && f.dst().equals(remote)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Remembers {@code c}, which the table holds under its own flow. */
    void remember(TcpConnection c) {
        FiveTuple f = c.flow();
        ports[next] = f.srcPort() << 16 | f.dstPort();
        connections[next] = c;
        next = (next + 1) % SIZE;
    }

    /** Forgets everything: the table changed. */
    void clear() {
        Arrays.fill(connections, null);
    }
}
