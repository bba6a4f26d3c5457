package org.mptcplab.engine.net;

import org.mptcplab.engine.wire.Packet;

/** Drops a run of consecutive matching packets, counted from the first packet this rule saw. */
public final class CountedFault extends FaultRule {
    private final long first;
    private final long count;
    private long seen;

    CountedFault(PacketMatch match, long first, long count) {
        super(match);
        if (first < 1) {
            throw new IllegalArgumentException("packets are counted from 1: " + first);
        }
        if (count < 1) {
            throw new IllegalArgumentException("a burst drops at least one packet: " + count);
        }
        this.first = first;
        this.count = count;
    }

    /** Index (1-based) of the first matching packet dropped. */
    public long first() {
        return first;
    }

    /** Number of consecutive matching packets dropped. */
    public long count() {
        return count;
    }

    /** Matching packets seen so far. */
    public long matchesSeen() {
        return seen;
    }

    @Override
    boolean decide(Packet packet, long now) {
        if (!match().test(packet)) {
            return false;
        }
        seen++;
        return seen >= first && seen - first < count;
    }

    @Override
    public String description() {
        String which = count == 1 ? "packet #" + first : "packets #" + first + "..#" + (first + count - 1);
        return "drop " + which + " matching " + match();
    }
}
