package org.mptcplab.engine.net;

import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.Packet;

/** Drops matching packets seen in the half-open time window [from, until): a link flap. */
public final class TimeWindowFault extends FaultRule {
    private final long from;
    private final long until;

    TimeWindowFault(PacketMatch match, long from, long until) {
        super(match);
        if (from < 0 || until < from) {
            throw new IllegalArgumentException("bad time window [" + from + ", " + until + ") ns");
        }
        this.from = from;
        this.until = until;
    }

    /** Start of the window (inclusive), in nanoseconds. */
    public long from() {
        return from;
    }

    /** End of the window (exclusive), in nanoseconds. */
    public long until() {
        return until;
    }

    @Override
    boolean decide(Packet packet, long now) {
        return now >= from && now < until && match().test(packet);
    }

    @Override
    public String description() {
        return "drop " + match() + " from " + Time.format(from) + " until " + Time.format(until);
    }
}
