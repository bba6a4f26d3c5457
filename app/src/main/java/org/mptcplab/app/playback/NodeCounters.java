package org.mptcplab.app.playback;

/** Packets a node sent, received, forwarded and dropped up to the cursor. */
public record NodeCounters(long sent, long received, long forwarded, long dropped) {
    /** All zero. */
    public static final NodeCounters ZERO = new NodeCounters(0, 0, 0, 0);

    NodeCounters plus(org.mptcplab.engine.trace.PacketEvent.Kind kind) {
        return switch (kind) {
            case SENT -> new NodeCounters(sent + 1, received, forwarded, dropped);
            case RECEIVED -> new NodeCounters(sent, received + 1, forwarded, dropped);
            case FORWARDED -> new NodeCounters(sent, received, forwarded + 1, dropped);
            case DROPPED -> new NodeCounters(sent, received, forwarded, dropped + 1);
        };
    }
}
