package org.mptcplab.lessons.scenario.catalogue;

import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceSink;

/** Payload bytes a host receives per fixed-width time bin, counted without keeping the packets. */
final class ThroughputBins implements TraceSink {
    private final String node;
    private final long width;
    private final long[] bytes;

    ThroughputBins(String node, long width, int bins) {
        this.node = node;
        this.width = width;
        this.bytes = new long[bins];
    }

    @Override
    public void accept(TraceEvent event) {
        if (event instanceof PacketEvent p && p.kind() == PacketEvent.Kind.RECEIVED && p.node().equals(node)) {
            int bin = (int) (p.time() / width);
            if (bin < bytes.length) {
                bytes[bin] += p.packet().payloadLength();
            }
        }
    }

    /** Bytes received in bin {@code i}. */
    long bytes(int i) {
        return bytes[i];
    }
}
